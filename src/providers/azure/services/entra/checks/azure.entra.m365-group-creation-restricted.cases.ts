import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, tenant } from '../entra.fixtures.js';
import { API, groupUnified, noSettings, passwordRules } from '../settings.fixtures.js';
import { ENTRA_DIRECTORY_SETTINGS } from '../state.js';
import { entraM365GroupCreationRestricted as check } from './azure.entra.m365-group-creation-restricted.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'restricted', snapshot: groupUnified({ EnableGroupCreation: 'false' }), expected: [['pass', 'restricted']] },
    { name: 'allowed', snapshot: groupUnified({ EnableGroupCreation: 'true' }), expected: [['fail', 'allowed']] },
    { name: 'template default: allowed', snapshot: noSettings(), expected: [['fail', 'allowed']] },
    { name: 'password rules only', snapshot: passwordRules({}), expected: [['fail', 'allowed']] },
    {
      name: 'settings unreadable',
      snapshot: tenant().global(ENTRA_DIRECTORY_SETTINGS, graphDenied(API, 'Directory.Read.All')),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};

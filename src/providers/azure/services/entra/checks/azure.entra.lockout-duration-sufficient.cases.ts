import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, tenant } from '../entra.fixtures.js';
import { API, groupUnified, noSettings, passwordRules } from '../settings.fixtures.js';
import { ENTRA_DIRECTORY_SETTINGS } from '../state.js';
import { entraLockoutDurationSufficient as check } from './azure.entra.lockout-duration-sufficient.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'five minutes', snapshot: passwordRules({ LockoutDurationInSeconds: '300' }), expected: [['pass', 'within']] },
    { name: 'template default (60)', snapshot: noSettings(), expected: [['pass', 'within']] },
    { name: 'ten seconds', snapshot: passwordRules({ LockoutDurationInSeconds: '10' }), expected: [['fail', 'outside']] },
    { name: 'other settings unused', snapshot: groupUnified({}), expected: [['pass', 'within']] },
    {
      name: 'settings unreadable',
      snapshot: tenant().global(ENTRA_DIRECTORY_SETTINGS, graphDenied(API, 'Directory.Read.All')),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};

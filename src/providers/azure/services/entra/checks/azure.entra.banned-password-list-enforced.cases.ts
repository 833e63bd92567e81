import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, tenant } from '../entra.fixtures.js';
import { API, groupUnified, noSettings, passwordRules } from '../settings.fixtures.js';
import { ENTRA_DIRECTORY_SETTINGS } from '../state.js';
import { entraBannedPasswordListEnforced as check } from './azure.entra.banned-password-list-enforced.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'enforced with terms',
      snapshot: passwordRules({ EnableBannedPasswordCheck: 'True', bannedPasswordCount: '3' }),
      expected: [['pass', 'enforced']],
    },
    {
      name: 'enforced but empty',
      snapshot: passwordRules({ EnableBannedPasswordCheck: 'True', bannedPasswordCount: '0' }),
      expected: [['fail', 'empty']],
    },
    {
      name: 'not enforced',
      snapshot: passwordRules({ EnableBannedPasswordCheck: 'False', bannedPasswordCount: '3' }),
      expected: [['fail', 'not-enforced']],
    },
    { name: 'template defaults: no custom list', snapshot: noSettings(), expected: [['fail', 'empty']] },
    { name: 'only other settings exist', snapshot: groupUnified({ EnableGroupCreation: 'false' }), expected: [['fail', 'empty']] },
    {
      name: 'settings unreadable',
      snapshot: tenant().global(ENTRA_DIRECTORY_SETTINGS, graphDenied(API, 'Directory.Read.All')),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};

import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, tenant } from '../entra.fixtures.js';
import { API, groupUnified, noSettings, passwordRules } from '../settings.fixtures.js';
import { ENTRA_DIRECTORY_SETTINGS } from '../state.js';
import { entraLockoutThresholdLimited as check } from './azure.entra.lockout-threshold-limited.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'five', snapshot: passwordRules({ LockoutThreshold: '5' }), expected: [['pass', 'within']] },
    { name: 'template default (10)', snapshot: noSettings(), expected: [['pass', 'within']] },
    { name: 'fifty', snapshot: passwordRules({ LockoutThreshold: '50' }), expected: [['fail', 'outside']] },
    { name: 'not a number', snapshot: passwordRules({ LockoutThreshold: 'many' }), expected: [['error', 'error.unknown']] },
    { name: 'other settings unused', snapshot: groupUnified({}), expected: [['pass', 'within']] },
    {
      name: 'settings unreadable',
      snapshot: tenant().global(ENTRA_DIRECTORY_SETTINGS, graphDenied(API, 'Directory.Read.All')),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};

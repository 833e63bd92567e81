import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { API, app, apps, cred } from '../apps.fixtures.js';
import { graphDenied, notTheHolder, tenant } from '../entra.fixtures.js';
import { ENTRA_APPLICATIONS } from '../state.js';
import { entraAppSecretLifetimeLimited as check } from './azure.entra.app-secret-lifetime-limited.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'six-month secret', snapshot: apps(app('a', [cred('k1', 10, 170)])), expected: [['pass', 'bounded']] },
    { name: 'two-year secret', snapshot: apps(app('a', [cred('k1', 10, 720)])), expected: [['fail', 'long-lived']] },
    { name: 'a long certificate is not a secret', snapshot: apps(app('a', [], [cred('c1', 10, 720)])), expected: [] },
    { name: 'a secret without dates', snapshot: apps(app('a', [{ keyId: 'k1' }])), expected: [['error', 'error.unknown']] },
    {
      name: 'applications unreadable',
      snapshot: tenant().global(ENTRA_APPLICATIONS, graphDenied(API, 'Application.Read.All')),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};

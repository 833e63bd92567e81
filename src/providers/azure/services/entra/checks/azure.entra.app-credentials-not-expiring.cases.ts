import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { API, app, apps, cred } from '../apps.fixtures.js';
import { graphDenied, notTheHolder, tenant } from '../entra.fixtures.js';
import { ENTRA_APPLICATIONS } from '../state.js';
import { entraAppCredentialsNotExpiring as check } from './azure.entra.app-credentials-not-expiring.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'valid for months', snapshot: apps(app('a', [cred('k1', 10, 170)], [cred('c1', 10, 90)])), expected: [['pass', 'valid']] },
    {
      name: 'a certificate expiring in a week',
      snapshot: apps(app('a', [cred('k1', 10, 170)], [cred('c1', 300, 7)])),
      expected: [['fail', 'expiring']],
    },
    { name: 'an expired secret still registered', snapshot: apps(app('a', [cred('k1', 400, -5)])), expected: [['fail', 'expired']] },
    { name: 'apps without credentials', snapshot: apps(app('a')), expected: [] },
    {
      name: 'no end date',
      snapshot: apps(app('a', [{ keyId: 'k1', startDateTime: '2026-01-01T00:00:00Z' }])),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'applications unreadable',
      snapshot: tenant().global(ENTRA_APPLICATIONS, graphDenied(API, 'Application.Read.All')),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};

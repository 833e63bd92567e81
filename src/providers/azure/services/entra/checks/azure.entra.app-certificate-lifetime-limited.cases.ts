import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { API, app, apps, cred } from '../apps.fixtures.js';
import { graphDenied, notTheHolder, tenant } from '../entra.fixtures.js';
import { ENTRA_APPLICATIONS } from '../state.js';
import { entraAppCertificateLifetimeLimited as check } from './azure.entra.app-certificate-lifetime-limited.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'one-year certificate', snapshot: apps(app('a', [], [cred('c1', 10, 300)])), expected: [['pass', 'bounded']] },
    { name: 'three-year certificate', snapshot: apps(app('a', [], [cred('c1', 10, 1000)])), expected: [['fail', 'long-lived']] },
    { name: 'a long secret is not a certificate', snapshot: apps(app('a', [cred('k1', 10, 720)])), expected: [] },
    { name: 'a certificate without dates', snapshot: apps(app('a', [], [{ keyId: 'c1' }])), expected: [['error', 'error.unknown']] },
    {
      name: 'applications unreadable',
      snapshot: tenant().global(ENTRA_APPLICATIONS, graphDenied(API, 'Application.Read.All')),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};

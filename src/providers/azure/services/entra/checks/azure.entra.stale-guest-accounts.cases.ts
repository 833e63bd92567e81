import { type CheckCases, daysAgo } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, tenant, unlicensed } from '../entra.fixtures.js';
import { ENTRA_GUEST_USERS, type GuestUser } from '../state.js';
import { entraStaleGuestAccounts as check } from './azure.entra.stale-guest-accounts.js';

const guest = (id: string, extra: Partial<GuestUser>): GuestUser => ({
  id,
  userPrincipalName: `${id}_ext#EXT#@contoso.example`,
  accountEnabled: true,
  createdDateTime: daysAgo(400),
  ...extra,
});
const with_ = (...g: GuestUser[]) => tenant().global(ENTRA_GUEST_USERS, g);
const API = 'graph:GET /users';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no guests', snapshot: with_(), expected: [['pass', 'no-guests']] },
    {
      name: 'signed in recently (non-interactive counts)',
      snapshot: with_(guest('g1', { signInActivity: { lastSignInDateTime: daysAgo(200), lastNonInteractiveSignInDateTime: daysAgo(3) } })),
      expected: [['pass', 'active']],
    },
    {
      name: 'last sign-in long ago',
      snapshot: with_(guest('g1', { signInActivity: { lastSignInDateTime: daysAgo(120) } })),
      expected: [['fail', 'stale']],
    },
    { name: 'never signed in, invited long ago', snapshot: with_(guest('g1', {})), expected: [['fail', 'never-signed-in']] },
    {
      name: 'never signed in, invited last week',
      snapshot: with_(guest('g1', { createdDateTime: daysAgo(7) })),
      expected: [['pass', 'recently-invited']],
    },
    { name: 'disabled', snapshot: with_(guest('g1', { accountEnabled: false })), expected: [['pass', 'disabled']] },
    {
      name: 'sign-in activity needs Entra ID P1',
      snapshot: tenant().global(ENTRA_GUEST_USERS, unlicensed(API, 'User.Read.All, AuditLog.Read.All')),
      expected: [['error', 'error.unsupported']],
    },
    {
      name: 'AuditLog.Read.All not granted',
      snapshot: tenant().global(ENTRA_GUEST_USERS, graphDenied(API, 'User.Read.All, AuditLog.Read.All')),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};

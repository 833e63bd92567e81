import type { Check } from '../../../../../model/check.js';
import { authorizationSetting } from '../authorization.js';
import { ENTRA_AUTHORIZATION_POLICY, ENTRA_ORGANIZATION } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

export const entraGuestInvitesRestricted: Check = {
  meta: {
    id: 'azure.entra.guest-invites-restricted',
    title: 'Only administrators and guest inviters can invite guests',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_AUTHORIZATION_POLICY],
    rationale:
      'Reads allowInvitesFrom of the authorization policy. Passes for adminsAndGuestInviters (only users in specific admin roles or the Guest Inviter role) or none; fails for adminsGuestInvitersAndAllMembers and everyone, which let any member (or guest) bring outsiders into the directory. Absent is an error.',
    remediation: {
      text: 'Set "Guest invite restrictions" to "Only users assigned to specific admin roles can invite guest users" (External Identities > External collaboration settings).',
    },
  },
  evaluate: (ctx) =>
    authorizationSetting(ctx, {
      field: 'allowInvitesFrom',
      read: (p) => p.allowInvitesFrom,
      good: (v) => v === 'adminsAndGuestInviters' || v === 'none',
      passMessage: () => 'Guest invitations are limited to admin roles and the Guest Inviter role (or off).',
      failMessage: () => 'Guest invitations are open beyond admin roles and Guest Inviters.',
    }),
};

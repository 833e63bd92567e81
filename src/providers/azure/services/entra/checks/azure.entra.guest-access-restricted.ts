import type { Check } from '../../../../../model/check.js';
import { authorizationSetting } from '../authorization.js';
import { ENTRA_AUTHORIZATION_POLICY, ENTRA_ORGANIZATION, GUEST_ROLES } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

const LEVEL: Record<string, string> = {
  [GUEST_ROLES.restricted]: 'restricted to their own directory objects',
  [GUEST_ROLES.limited]: 'limited access (can read other users and groups)',
  [GUEST_ROLES.member]: 'the same access as members',
};

export const entraGuestAccessRestricted: Check = {
  meta: {
    id: 'azure.entra.guest-access-restricted',
    title: 'Guest users can see only their own directory objects',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_AUTHORIZATION_POLICY],
    rationale:
      `Reads guestUserRoleId of the authorization policy. Passes only for the most restrictive role (${GUEST_ROLES.restricted}: properties and memberships of their own objects); ` +
      `fails for Guest User (${GUEST_ROLES.limited}), which lets guests enumerate users and groups, and for member-level access (${GUEST_ROLES.member}). Absent is an error.`,
    remediation: {
      text: 'Set "Guest user access restrictions" to "Guest user access is restricted to properties and memberships of their own directory objects" (External Identities > External collaboration settings).',
    },
  },
  evaluate: (ctx) =>
    authorizationSetting(ctx, {
      field: 'guestUserRoleId',
      read: (p) => p.guestUserRoleId,
      good: (v) => v.toLowerCase() === GUEST_ROLES.restricted,
      passMessage: () => 'Guest access is restricted to their own directory objects.',
      failMessage: (v) => `Guests have ${LEVEL[v.toLowerCase()] ?? `an unrecognised access level (${v})`}.`,
    }),
};

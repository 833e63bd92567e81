import { either, subscriptionCheck } from '../../../service-kit/check.js';
import { AZURE_CUSTOM_ROLES, type CustomRole } from '../state.js';

/** Custom roles granting every action (`*`) assignable at this subscription or at the root. */
export function adminRoles(roles: readonly CustomRole[], subscriptionId: string): CustomRole[] {
  const sub = `/subscriptions/${subscriptionId}`.toLowerCase();
  return roles.filter(
    (r) =>
      (r.properties.permissions ?? []).some((p) => (p.actions ?? []).includes('*')) &&
      (r.properties.assignableScopes ?? []).some((s) => {
        const scope = s.toLowerCase().replace(/\/+$/, '');
        return scope === sub || scope === '';
      }),
  );
}

export const authorizationNoCustomAdminRole = subscriptionCheck(
  {
    id: 'azure.authorization.no-custom-admin-role',
    title: 'No custom role grants subscription administrator rights',
    service: 'authorization',
    resourceType: 'Microsoft.Resources/subscriptions',
    severity: 'high',
    rationale:
      'One result per subscription, over the custom role definitions visible to it. Fails when a custom role allows the `*` action and can be assigned at this subscription (or the root scope), which makes it an owner-equivalent role outside the reviewed built-in ones. Passes otherwise. Roles with `*` only at narrower scopes are not counted.',
    remediation: {
      text: 'Delete the custom role (after removing its assignments) or narrow its actions to what the job needs.',
      cli: 'az role definition delete --name <role-name>',
    },
    cis: ['5.4'],
  },
  AZURE_CUSTOM_ROLES,
  (roles, ctx) => {
    const bad = adminRoles(roles, ctx.snapshot.account);
    return either(
      bad.length === 0,
      ['no-custom-admin-role', 'No custom role grants * at this subscription.'],
      ['custom-admin-role', `Custom role(s) grant * at this subscription: ${bad.map((r) => r.properties.roleName).join(', ')}.`],
      {
        customRoles: roles.length,
        adminRoles: bad.map((r) => r.properties.roleName),
      },
    );
  },
);

/** Builders for the Entra check cases: a tenant-holding snapshot and Conditional Access policies. */

import type { CheckCase } from '../../../../../test/support/snapshot.js';
import { azureSnapshot, denied, type SnapshotBuilder } from '../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../model/fetched.js';
import {
  type AuthorizationPolicy,
  type ConditionalAccessPolicy,
  ENTRA_AUTHORIZATION_POLICY,
  ENTRA_CONDITIONAL_ACCESS,
  ENTRA_ORGANIZATION,
  ENTRA_SECURITY_DEFAULTS,
} from './state.js';

export const TENANT = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

/** A snapshot that holds the tenant's Entra data. */
export function tenant(): SnapshotBuilder {
  return azureSnapshot().global(ENTRA_ORGANIZATION, [{ id: TENANT, displayName: 'Contoso' }]);
}

/** A Graph call refused for lack of a permission. */
export function graphDenied<T = never>(api: string, permission: string): Fetched<T> {
  return denied(api, permission);
}

/** A Graph answer hidden by the tenant's licence. */
export function unlicensed<T = never>(api: string, permission: string): Fetched<T> {
  return {
    ok: false,
    error: {
      kind: 'unsupported',
      api,
      action: permission,
      code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      message: "tenant doesn't have premium license",
    },
  };
}

/** An enabled policy for all users and all apps, granting with MFA; override what a case needs. */
export function ca(
  overrides: Partial<ConditionalAccessPolicy> & { conditions?: ConditionalAccessPolicy['conditions'] } = {},
): ConditionalAccessPolicy {
  return {
    id: `p-${Math.abs(JSON.stringify(overrides).length)}`,
    displayName: overrides.displayName ?? 'Policy',
    state: 'enabled',
    grantControls: { operator: 'OR', builtInControls: ['mfa'] },
    ...overrides,
    conditions: {
      users: { includeUsers: ['All'] },
      applications: { includeApplications: ['All'] },
      clientAppTypes: ['all'],
      ...overrides.conditions,
    },
  };
}

/** Security defaults and Conditional Access as given. */
export function withCa(
  defaults: boolean | Fetched<{ id: string; isEnabled?: boolean }>,
  policies: ConditionalAccessPolicy[] | Fetched<ConditionalAccessPolicy[]>,
): SnapshotBuilder {
  const d = typeof defaults === 'boolean' ? { id: 'sd', isEnabled: defaults } : defaults;
  return tenant().global(ENTRA_SECURITY_DEFAULTS, d).global(ENTRA_CONDITIONAL_ACCESS, policies);
}

export function withAuthorization(p: Partial<AuthorizationPolicy> | Fetched<AuthorizationPolicy>): SnapshotBuilder {
  return tenant().global(ENTRA_AUTHORIZATION_POLICY, 'ok' in p ? (p as Fetched<AuthorizationPolicy>) : { id: 'authorizationPolicy', ...p });
}

/** The case every Entra check shares: a subscription snapshot that does not hold the tenant gives no findings. */
export const notTheHolder: CheckCase = {
  name: 'another subscription of the scan holds the tenant: no findings',
  snapshot: azureSnapshot(),
  expected: [],
};

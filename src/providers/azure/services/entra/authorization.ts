/** One tenant-wide finding from a field of the authorization policy; an absent field is an error, never a default. */
import type { CheckContext, Finding } from '../../../../model/check.js';
import { errorFinding, fail, pass } from '../../../check-kit.js';
import { GRAPH_APIS } from './collect.js';
import { type AuthorizationPolicy, ENTRA_AUTHORIZATION_POLICY } from './state.js';
import { missing, readTenant } from './tenant.js';

export interface Setting<V> {
  field: string;
  read: (p: AuthorizationPolicy) => V | undefined;
  good: (v: V) => boolean;
  passMessage: (v: V) => string;
  failMessage: (v: V) => string;
}

export function authorizationSetting<V>(ctx: CheckContext, s: Setting<V>): Finding[] {
  return readTenant(ctx, ENTRA_AUTHORIZATION_POLICY, (policy, tenant) => {
    const v = s.read(policy);
    if (v === undefined) {
      const a = GRAPH_APIS.authorizationPolicy;
      return [errorFinding(tenant, missing(a.api, a.actions.join(', '), `the authorization policy has no ${s.field}`))];
    }
    const observed = { [s.field]: v };
    return [s.good(v) ? pass(tenant, 'restricted', s.passMessage(v), observed) : fail(tenant, 'allowed', s.failMessage(v), observed)];
  });
}

/** Builders for the classic ELB case tables. */
import { snapshot } from '../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../model/fetched.js';
import {
  type ClassicAttributes,
  type ClassicListener,
  type ClassicLoadBalancer,
  type ClassicPolicy,
  ELB_ATTRIBUTES,
  ELB_LOAD_BALANCERS,
  ELB_POLICIES,
} from './state.js';

export const R = 'us-east-1';
const NAME = 'web';

export function listener(protocol: string, port: number, policyNames: string[] = []): ClassicListener {
  return { protocol, port, policyNames };
}

export function lb(listeners: ClassicListener[] = [listener('HTTPS', 443, ['tls'])]): ClassicLoadBalancer {
  return { name: NAME, arn: `arn:aws:elasticloadbalancing:${R}:111122223333:loadbalancer/${NAME}`, scheme: 'internet-facing', listeners };
}

const fetched = <T>(v: T | Fetched<T>): Fetched<T> =>
  v && typeof v === 'object' && 'ok' in v ? (v as Fetched<T>) : { ok: true, value: v as T };

export const ATTRS: ClassicAttributes = { accessLog: true, accessLogBucket: 'logs', crossZone: true, connectionDraining: true };

/** One load balancer with the given attributes (or a failed read). */
export function withAttributes(attrs: Partial<ClassicAttributes> | Fetched<ClassicAttributes>, listeners?: ClassicListener[]) {
  const value = 'ok' in attrs ? attrs : { ...ATTRS, ...attrs };
  return snapshot()
    .regional(ELB_LOAD_BALANCERS, R, [lb(listeners)])
    .regional(ELB_ATTRIBUTES, R, { [NAME]: fetched(value as ClassicAttributes) });
}

export function tlsPolicy(enabled: string[], name = 'tls'): ClassicPolicy {
  return { name, type: 'SSLNegotiationPolicyType', enabled };
}

/** One load balancer with the given policies (or a failed read). */
export function withPolicies(policies: ClassicPolicy[] | Fetched<ClassicPolicy[]>, listeners?: ClassicListener[]) {
  return snapshot()
    .regional(ELB_LOAD_BALANCERS, R, [lb(listeners)])
    .regional(ELB_POLICIES, R, { [NAME]: fetched(policies) });
}

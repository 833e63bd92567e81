/** Reading service control policies: which deny statements bind which accounts. */

import type { CheckContext } from '../../../../model/check.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { actionMatches, type PolicyStatement } from '../../iam-policy.js';
import type { ServiceControlPolicy } from './state.js';

/** The organisation as a resource: findings about guardrails belong to it, not to one account. */
export function organizationResource(ctx: CheckContext): ResourceRef {
  const account = ctx.snapshot.account;
  return {
    provider: 'aws',
    account,
    region: 'global',
    type: 'AWS::Organizations::Organization',
    id: `arn:${ctx.snapshot.partition}:organizations::${account}:organization`,
    name: `organisation of ${account}`,
  };
}

/** Does a Deny statement cover this action (through Action, or by leaving it out of NotAction)? */
export function deniesAction(s: PolicyStatement, action: string): boolean {
  if (s.effect !== 'Deny') return false;
  if (s.action) return s.action.some((p) => actionMatches(p, action));
  if (s.notAction) return !s.notAction.some((p) => actionMatches(p, action));
  return false;
}

/** An SCP attached to the root binds every account of the organisation; elsewhere, only some. */
export const attachedToRoot = (p: ServiceControlPolicy): boolean => p.targets.some((t) => t.type === 'ROOT');

export function targetList(p: ServiceControlPolicy): string {
  return p.targets.map((t) => `${t.type.toLowerCase().replace('organizational_unit', 'OU')} ${t.name}`).join(', ') || 'nothing';
}

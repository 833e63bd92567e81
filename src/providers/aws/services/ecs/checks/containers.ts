/** The shape every ECS container check shares: one finding per task definition, naming the offending containers. */
import type { CheckContext, Finding } from '../../../../../model/check.js';
import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { ECS_TASK_DEFINITIONS, type EcsContainer, type EcsTaskDefinition, ecsFamilyArn } from '../state.js';

export const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';

export interface ContainerRule {
  /** What makes a container non-compliant; returns a short reason or undefined. */
  offends: (c: EcsContainer, td: EcsTaskDefinition) => string | undefined;
  /** Message ids and texts. */
  passId: string;
  passText: string;
  failId: string;
  failText: string;
  /** Task definitions the rule does not apply to (e.g. Windows for Linux-only settings). */
  skip?: (td: EcsTaskDefinition) => string | undefined;
}

export function eachContainer(ctx: CheckContext, rule: ContainerRule): Finding[] {
  const arn = (id: string, region: string) => ecsFamilyArn(ctx.snapshot.partition, region, ctx.snapshot.account, id);
  return eachDescribed(ctx, ECS_TASK_DEFINITIONS, TASK_DEFINITION, arn, (td, resource) => {
    const skipped = rule.skip?.(td);
    if (skipped) return notApplicable(resource, 'not-applicable', `Task definition ${td.name}: ${skipped}.`);
    const offending = td.containers.flatMap((c) => {
      const why = rule.offends(c, td);
      return why ? [`${c.name} (${why})`] : [];
    });
    return offending.length === 0
      ? pass(resource, rule.passId, `Task definition ${td.name}: ${rule.passText}.`, { containers: td.containers.length })
      : fail(resource, rule.failId, `Task definition ${td.name}: ${rule.failText}: ${offending.join(', ')}.`, { offending });
  });
}

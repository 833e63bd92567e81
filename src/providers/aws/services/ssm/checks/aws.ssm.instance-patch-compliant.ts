import type { Check } from '../../../../../model/check.js';
import { accountResource, all, fail, pass, readFetched, readRegional } from '../../../../check-kit.js';
import { SSM_MANAGED_NODES, SSM_PATCH_COMPLIANCE } from '../state.js';

const TYPE = 'AWS::SSM::ManagedInstanceInventory';

export const ssmInstancePatchCompliant: Check = {
  meta: {
    id: 'aws.ssm.instance-patch-compliant',
    title: 'Managed nodes are compliant with their patch baseline',
    provider: 'aws',
    service: 'ssm',
    resourceType: TYPE,
    severity: 'high',
    requires: [SSM_MANAGED_NODES, SSM_PATCH_COMPLIANCE],
    rationale:
      'Patch Manager compares each managed node with its patch baseline and records the result as Patch compliance. One finding per ' +
      'managed node: passes when the node is COMPLIANT; fails when it is NON_COMPLIANT (naming the count and highest severity of ' +
      'missing patches), and fails when Patch Manager has never reported on it, because then nobody knows whether it is patched.',
    remediation: {
      text: 'Run AWS-RunPatchBaseline (Scan, then Install) through a patch policy or maintenance window for every managed node.',
      console: 'Systems Manager → Patch Manager → Create patch policy',
      cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=<id> --parameters Operation=Install',
    },
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      SSM_MANAGED_NODES,
      (region) => accountResource(ctx, TYPE, region),
      (nodes, region) =>
        nodes.map((n) => {
          const resource = {
            ...accountResource(ctx, TYPE, region, n.id),
            id: `arn:${ctx.snapshot.partition}:ssm:${region}:${ctx.snapshot.account}:managed-instance-inventory/${n.id}`,
          };
          const got = all(resource, [readFetched(ctx, SSM_PATCH_COMPLIANCE, region)]);
          if (!got.ok) return got.finding;
          const summary = got.values[0][n.id];
          if (!summary) return fail(resource, 'no-patch-data', `Node ${n.id} has never reported patch compliance.`, { status: null });
          return summary.status === 'COMPLIANT'
            ? pass(resource, 'compliant', `Node ${n.id} is compliant with its patch baseline.`, { status: summary.status })
            : fail(
                resource,
                'non-compliant',
                `Node ${n.id} is missing ${summary.nonCompliant} patch(es)${summary.severity ? `, up to ${summary.severity}` : ''}.`,
                {
                  status: summary.status,
                  missing: summary.nonCompliant,
                  severity: summary.severity ?? null,
                },
              );
        }),
    );
  },
};

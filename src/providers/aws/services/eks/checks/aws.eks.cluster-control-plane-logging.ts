import type { Check } from '../../../../../model/check.js';
import { fail, paramsOf, pass } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { EKS_PARAMS } from '../params.js';
import { EKS_CLUSTERS, eksClusterArn } from '../state.js';

const TYPE = 'AWS::EKS::Cluster';

export const eksClusterControlPlaneLogging: Check = {
  meta: {
    id: 'aws.eks.cluster-control-plane-logging',
    title: 'EKS clusters send control-plane logs to CloudWatch Logs',
    provider: 'aws',
    service: 'eks',
    resourceType: TYPE,
    severity: 'medium',
    requires: [EKS_CLUSTERS],
    rationale:
      'EKS keeps the Kubernetes API, audit and authenticator logs only when the cluster is told to ship them to CloudWatch Logs; ' +
      'the audit log is the record of who did what inside the cluster. Passes when every type in aws.eks.requiredLogTypes (by default ' +
      'all five: api, audit, authenticator, controllerManager, scheduler) is enabled; fails naming the missing types.',
    remediation: {
      text: 'Enable the control-plane log types on the cluster.',
      console: 'EKS → cluster → Observability → Control plane logging → Manage',
      cli: 'aws eks update-cluster-config --name <name> --logging \'{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}\'',
    },
  },
  evaluate(ctx) {
    const required = paramsOf(ctx, 'aws.eks', EKS_PARAMS).requiredLogTypes;
    const arn = (id: string, region: string) => eksClusterArn(ctx.snapshot.partition, region, ctx.snapshot.account, id);
    return eachDescribed(ctx, EKS_CLUSTERS, TYPE, arn, (c, resource) => {
      const missing = required.filter((t) => !c.enabledLogTypes.includes(t));
      return missing.length === 0
        ? pass(resource, 'logging-enabled', `Cluster ${c.name} ships ${required.join(', ')} logs.`, { enabled: c.enabledLogTypes })
        : fail(resource, 'logging-missing', `Cluster ${c.name} does not ship ${missing.join(', ')} logs.`, {
            enabled: c.enabledLogTypes,
            missing,
          });
    });
  },
};

import type { Check } from '../../../../../model/check.js';
import { fail, paramsOf, pass } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { EKS_PARAMS, EKS_STANDARD_SUPPORT_END } from '../params.js';
import { EKS_CLUSTERS, eksClusterArn } from '../state.js';

const TYPE = 'AWS::EKS::Cluster';

/** `1.9` < `1.10`: compare minor versions numerically. */
function minor(version: string): number {
  return Number(version.split('.')[1] ?? Number.NaN);
}

export const eksClusterVersionSupported: Check = {
  meta: {
    id: 'aws.eks.cluster-version-supported',
    title: 'EKS clusters run a Kubernetes version in standard support',
    provider: 'aws',
    service: 'eks',
    resourceType: TYPE,
    severity: 'medium',
    requires: [EKS_CLUSTERS],
    rationale:
      'Each Kubernetes minor version gets about 14 months of standard support on EKS, then 12 months of paid extended support, after ' +
      "which EKS upgrades the control plane itself. Fails when the scan is past the version's end of standard support (from the EKS " +
      'release calendar; aws.eks.standardSupportEnd adds or corrects dates), or when the version is older than every version in the ' +
      'table; extended support keeps patches coming but is meant as a bridge. Passes otherwise.',
    remediation: {
      text: 'Upgrade the control plane one minor version at a time, then the node groups and add-ons.',
      console: 'EKS → cluster → Upgrade now',
      cli: 'aws eks update-cluster-version --name <name> --kubernetes-version <next-minor>',
    },
  },
  evaluate(ctx) {
    const ends = { ...EKS_STANDARD_SUPPORT_END, ...paramsOf(ctx, 'aws.eks', EKS_PARAMS).standardSupportEnd };
    const oldest = Math.min(...Object.keys(ends).map(minor));
    const arn = (id: string, region: string) => eksClusterArn(ctx.snapshot.partition, region, ctx.snapshot.account, id);
    return eachDescribed(ctx, EKS_CLUSTERS, TYPE, arn, (c, resource) => {
      const end = ends[c.version];
      if ((end && new Date(`${end}T00:00:00Z`) <= ctx.now) || (!end && minor(c.version) < oldest))
        return fail(
          resource,
          'version-unsupported',
          `Cluster ${c.name} runs Kubernetes ${c.version}, out of standard support${end ? ` since ${end}` : ''}.`,
          {
            version: c.version,
            ...(end ? { standardSupportEnd: end } : {}),
          },
        );
      return pass(resource, 'version-supported', `Cluster ${c.name} runs Kubernetes ${c.version}, in standard support.`, {
        version: c.version,
        ...(end ? { standardSupportEnd: end } : {}),
      });
    });
  },
};

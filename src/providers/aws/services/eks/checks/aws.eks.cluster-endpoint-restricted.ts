import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { coversAnAddressFamily } from '../../../ip-ranges.js';
import { eachDescribed } from '../../resource-kit.js';
import { EKS_CLUSTERS, eksClusterArn } from '../state.js';

const TYPE = 'AWS::EKS::Cluster';

export const eksClusterEndpointRestricted: Check = {
  meta: {
    id: 'aws.eks.cluster-endpoint-restricted',
    title: 'EKS API server endpoints are private or limited to known networks',
    provider: 'aws',
    service: 'eks',
    resourceType: TYPE,
    severity: 'high',
    requires: [EKS_CLUSTERS],
    rationale:
      "The Kubernetes API server is the cluster's control plane. Passes when the public endpoint is off (private access only), or " +
      'when it is on but publicAccessCidrs lists specific networks. Fails when the public endpoint accepts every address ' +
      '(0.0.0.0/0, or ranges that together cover an address family): then only authentication stands between the internet and the API.',
    remediation: {
      text: "Turn on private endpoint access and turn off public access, or limit the public endpoint to the administrators' networks.",
      console: 'EKS → cluster → Networking → Manage endpoint access',
      cli: 'aws eks update-cluster-config --name <name> --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true',
    },
  },
  evaluate(ctx) {
    const arn = (id: string, region: string) => eksClusterArn(ctx.snapshot.partition, region, ctx.snapshot.account, id);
    return eachDescribed(ctx, EKS_CLUSTERS, TYPE, arn, (c, resource) => {
      const observed = { endpointPublicAccess: c.endpointPublicAccess, publicAccessCidrs: c.publicAccessCidrs };
      if (!c.endpointPublicAccess) return pass(resource, 'private', `Cluster ${c.name}'s API endpoint is private only.`, observed);
      return c.publicAccessCidrs.length === 0 || coversAnAddressFamily(c.publicAccessCidrs)
        ? fail(resource, 'public-open', `Cluster ${c.name}'s API endpoint is reachable from any address.`, observed)
        : pass(
            resource,
            'public-restricted',
            `Cluster ${c.name}'s public API endpoint admits only ${c.publicAccessCidrs.join(', ')}.`,
            observed,
          );
    });
  },
};

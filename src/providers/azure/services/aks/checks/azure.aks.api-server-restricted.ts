import { either, itemCheck, ok } from '../../../service-kit/check.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';

export const aksApiServerRestricted = itemCheck(
  {
    id: 'azure.aks.api-server-restricted',
    title: 'AKS API servers are private or limited to authorised ranges',
    service: 'aks',
    resourceType: CLUSTER,
    severity: 'high',
    rationale:
      'One result per cluster. Passes when the cluster is private (`apiServerAccessProfile.enablePrivateCluster`) or its public API server accepts only `authorizedIPRanges` that do not include 0.0.0.0/0. Fails when the API server is public with no ranges (ARM omits the profile then), or a range covers the whole internet.',
    remediation: {
      text: 'Make the cluster private, or set authorised IP ranges for the API server.',
      cli: 'az aks update --resource-group <group> --name <cluster> --api-server-authorized-ip-ranges <cidr1>,<cidr2>',
    },
  },
  AZURE_AKS_CLUSTERS,
  (x) => {
    const a = x.properties.apiServerAccessProfile;
    const ranges = a?.authorizedIPRanges ?? [];
    const open = ranges.length === 0 || ranges.some((r) => r.trim().endsWith('/0'));
    return a?.enablePrivateCluster
      ? ok('private', `Cluster ${x.name} has a private API server.`)
      : either(
          !open,
          ['authorized-ranges', `Cluster ${x.name} API server accepts ${ranges.length} authorised range(s).`],
          ['api-server-public', `Cluster ${x.name} API server is reachable from any address.`],
          { authorizedIPRanges: ranges },
        );
  },
);

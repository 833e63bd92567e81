import { either, itemCheck, missing } from '../../../service-kit/check.js';
import { listApi } from '../../../service-kit/collect.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';

export const aksRbacEnabled = itemCheck(
  {
    id: 'azure.aks.rbac-enabled',
    title: 'AKS clusters use Kubernetes RBAC',
    service: 'aks',
    resourceType: CLUSTER,
    severity: 'high',
    rationale:
      'One result per cluster. Passes when `enableRBAC` is true; fails when false, where every authenticated user is effectively cluster admin. RBAC can only be set when the cluster is created. ARM always returns the field; a cluster without it is an error.',
    remediation: { text: 'Recreate the cluster with Kubernetes RBAC enabled and migrate workloads.' },
  },
  AZURE_AKS_CLUSTERS,
  (x) =>
    x.properties.enableRBAC === undefined
      ? missing(listApi(CLUSTER).api, listApi(CLUSTER).actions[0]!, `cluster ${x.name} has no enableRBAC`)
      : either(
          x.properties.enableRBAC,
          ['rbac-enabled', `Cluster ${x.name} uses Kubernetes RBAC.`],
          ['rbac-disabled', `Cluster ${x.name} has Kubernetes RBAC off.`],
        ),
);

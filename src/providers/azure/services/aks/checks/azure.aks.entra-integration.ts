import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';

export const aksEntraIntegration = itemCheck(
  {
    id: 'azure.aks.entra-integration',
    title: 'AKS clusters are integrated with Microsoft Entra ID',
    service: 'aks',
    resourceType: CLUSTER,
    severity: 'medium',
    rationale:
      'One result per cluster. Passes when an `aadProfile` with `managed` true is present, so Kubernetes users authenticate with Entra ID; whether Azure RBAC authorises them is recorded. Fails without Entra integration.',
    remediation: {
      text: 'Enable AKS-managed Entra integration.',
      cli: 'az aks update --resource-group <group> --name <cluster> --enable-aad --aad-admin-group-object-ids <group-id>',
    },
  },
  AZURE_AKS_CLUSTERS,
  (x) =>
    either(
      x.properties.aadProfile?.managed === true,
      ['entra-integrated', `Cluster ${x.name} authenticates users with Entra ID.`],
      ['no-entra', `Cluster ${x.name} is not integrated with Entra ID.`],
      { azureRbac: x.properties.aadProfile?.enableAzureRBAC ?? false },
    ),
);

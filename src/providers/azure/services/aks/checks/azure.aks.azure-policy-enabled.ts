import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';

export const aksAzurePolicyEnabled = itemCheck(
  {
    id: 'azure.aks.azure-policy-enabled',
    title: 'AKS clusters run the Azure Policy add-on',
    service: 'aks',
    resourceType: CLUSTER,
    severity: 'medium',
    rationale:
      'One result per cluster. Passes when `addonProfiles.azurepolicy.enabled` is true, so Gatekeeper admission control enforces the assigned Kubernetes policies (privileged containers, host paths, allowed images). Fails when the add-on is absent or disabled.',
    remediation: {
      text: 'Enable the Azure Policy add-on and assign the Kubernetes pod security baseline initiative.',
      cli: 'az aks enable-addons --resource-group <group> --name <cluster> --addons azure-policy',
    },
  },
  AZURE_AKS_CLUSTERS,
  (x) =>
    either(
      x.properties.addonProfiles?.azurepolicy?.enabled === true,
      ['policy-addon', `Cluster ${x.name} enforces Azure Policy in-cluster.`],
      ['no-policy-addon', `Cluster ${x.name} does not run the Azure Policy add-on.`],
    ),
);

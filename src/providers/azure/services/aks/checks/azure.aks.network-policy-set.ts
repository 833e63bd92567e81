import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';

export const aksNetworkPolicySet = itemCheck(
  {
    id: 'azure.aks.network-policy-set',
    title: 'AKS clusters have a network policy engine',
    service: 'aks',
    resourceType: CLUSTER,
    severity: 'medium',
    rationale:
      'One result per cluster. Passes when `networkProfile.networkPolicy` names an engine (azure, calico or cilium), so Kubernetes NetworkPolicy objects are enforced between pods. Fails when absent or `none`: all pods can reach each other whatever policies are written.',
    remediation: {
      text: 'Enable a network policy engine (possible on existing clusters for Azure CNI with Cilium or Calico) and add default-deny policies.',
      cli: 'az aks update --resource-group <group> --name <cluster> --network-policy azure',
    },
  },
  AZURE_AKS_CLUSTERS,
  (x) => {
    const p = x.properties.networkProfile?.networkPolicy;
    return either(
      Boolean(p) && p !== 'none',
      ['network-policy', `Cluster ${x.name} enforces network policies with ${p}.`],
      ['no-network-policy', `Cluster ${x.name} enforces no network policies.`],
      { networkPolicy: p ?? null },
    );
  },
);

import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';

export const aksLocalAccountsDisabled = itemCheck(
  {
    id: 'azure.aks.local-accounts-disabled',
    title: 'AKS clusters disable local accounts',
    service: 'aks',
    resourceType: CLUSTER,
    severity: 'high',
    rationale:
      'One result per cluster. Passes when `disableLocalAccounts` is true, so the static cluster-admin certificate cannot be fetched and every user signs in through Entra ID. Fails when false or absent (the default), leaving a non-expiring credential that bypasses Entra ID, MFA and audit.',
    remediation: {
      text: 'Integrate with Entra ID and disable local accounts.',
      cli: 'az aks update --resource-group <group> --name <cluster> --disable-local-accounts',
    },
  },
  AZURE_AKS_CLUSTERS,
  (x) =>
    either(
      x.properties.disableLocalAccounts === true,
      ['local-accounts-off', `Cluster ${x.name} has local accounts disabled.`],
      ['local-accounts-on', `Cluster ${x.name} allows the local cluster-admin account.`],
      { aadIntegration: Boolean(x.properties.aadProfile) },
    ),
);

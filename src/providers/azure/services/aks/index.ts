import type { AzureService } from '../../service.js';
import { aksApiServerRestricted } from './checks/azure.aks.api-server-restricted.js';
import { aksAzurePolicyEnabled } from './checks/azure.aks.azure-policy-enabled.js';
import { aksEntraIntegration } from './checks/azure.aks.entra-integration.js';
import { aksKubernetesVersionSupported } from './checks/azure.aks.kubernetes-version-supported.js';
import { aksLocalAccountsDisabled } from './checks/azure.aks.local-accounts-disabled.js';
import { aksNetworkPolicySet } from './checks/azure.aks.network-policy-set.js';
import { aksRbacEnabled } from './checks/azure.aks.rbac-enabled.js';
import { aksCollectors } from './collect.js';
import { aksDemo } from './demo.js';

export const aks: AzureService = {
  id: 'aks',
  collectors: aksCollectors,
  checks: [
    aksApiServerRestricted,
    aksAzurePolicyEnabled,
    aksEntraIntegration,
    aksKubernetesVersionSupported,
    aksLocalAccountsDisabled,
    aksNetworkPolicySet,
    aksRbacEnabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: aksDemo,
};

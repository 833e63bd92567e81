import type { AzureService } from '../../service.js';
import { eventhubNamespaceCmkEncrypted } from './checks/azure.eventhub.namespace-cmk-encrypted.js';
import { eventhubNamespaceLocalAuthDisabled } from './checks/azure.eventhub.namespace-local-auth-disabled.js';
import { eventhubNamespaceMinTls12 } from './checks/azure.eventhub.namespace-min-tls-12.js';
import { eventhubNamespacePublicNetworkAccessDisabled } from './checks/azure.eventhub.namespace-public-network-access-disabled.js';
import { eventhubCollectors } from './collect.js';
import { eventhubDemo } from './demo.js';

export const eventhub: AzureService = {
  id: 'eventhub',
  collectors: eventhubCollectors,
  checks: [
    eventhubNamespaceCmkEncrypted,
    eventhubNamespaceLocalAuthDisabled,
    eventhubNamespaceMinTls12,
    eventhubNamespacePublicNetworkAccessDisabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: eventhubDemo,
};

import type { AzureService } from '../../service.js';
import { servicebusNamespaceCmkEncrypted } from './checks/azure.servicebus.namespace-cmk-encrypted.js';
import { servicebusNamespaceLocalAuthDisabled } from './checks/azure.servicebus.namespace-local-auth-disabled.js';
import { servicebusNamespaceMinTls12 } from './checks/azure.servicebus.namespace-min-tls-12.js';
import { servicebusNamespacePublicNetworkAccessDisabled } from './checks/azure.servicebus.namespace-public-network-access-disabled.js';
import { servicebusCollectors } from './collect.js';
import { servicebusDemo } from './demo.js';

export const servicebus: AzureService = {
  id: 'servicebus',
  collectors: servicebusCollectors,
  checks: [
    servicebusNamespaceCmkEncrypted,
    servicebusNamespaceLocalAuthDisabled,
    servicebusNamespaceMinTls12,
    servicebusNamespacePublicNetworkAccessDisabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: servicebusDemo,
};

import type { AzureService } from '../../service.js';
import { containerregistryAdminUserDisabled } from './checks/azure.containerregistry.admin-user-disabled.js';
import { containerregistryAnonymousPullDisabled } from './checks/azure.containerregistry.anonymous-pull-disabled.js';
import { containerregistryContentTrustEnabled } from './checks/azure.containerregistry.content-trust-enabled.js';
import { containerregistryPublicNetworkRestricted } from './checks/azure.containerregistry.public-network-restricted.js';
import { registryCollectors } from './collect.js';
import { registryDemo } from './demo.js';

export const containerregistry: AzureService = {
  id: 'containerregistry',
  collectors: registryCollectors,
  checks: [
    containerregistryAdminUserDisabled,
    containerregistryAnonymousPullDisabled,
    containerregistryContentTrustEnabled,
    containerregistryPublicNetworkRestricted,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: registryDemo,
};

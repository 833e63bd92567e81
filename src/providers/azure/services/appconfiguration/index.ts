import type { AzureService } from '../../service.js';
import { appconfigurationLocalAuthDisabled } from './checks/azure.appconfiguration.local-auth-disabled.js';
import { appconfigurationPublicNetworkAccessDisabled } from './checks/azure.appconfiguration.public-network-access-disabled.js';
import { appconfigurationPurgeProtectionEnabled } from './checks/azure.appconfiguration.purge-protection-enabled.js';
import { appconfigurationCollectors } from './collect.js';
import { appconfigurationDemo } from './demo.js';

export const appconfiguration: AzureService = {
  id: 'appconfiguration',
  collectors: appconfigurationCollectors,
  checks: [appconfigurationLocalAuthDisabled, appconfigurationPublicNetworkAccessDisabled, appconfigurationPurgeProtectionEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: appconfigurationDemo,
};

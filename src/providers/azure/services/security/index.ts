import type { AzureCollector } from '../../context.js';
import type { AzureService } from '../../service.js';
import { securityContactConfigured } from './checks/azure.security.contact-configured.js';
import { securityDefenderAllPlansEnabled } from './checks/azure.security.defender-all-plans-enabled.js';
import { securityDefenderPlansEnabled } from './checks/azure.security.defender-plans-enabled.js';
import { securityCollectors } from './collect.js';
import { demoAzureSecurity } from './demo.js';

export const security: AzureService = {
  id: 'security',
  collectors: securityCollectors as readonly AzureCollector<unknown>[],
  // Sorted by id.
  checks: [securityContactConfigured, securityDefenderAllPlansEnabled, securityDefenderPlansEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAzureSecurity,
};

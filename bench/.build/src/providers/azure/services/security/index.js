import { securityContactConfigured } from './checks/azure.security.contact-configured.js';
import { securityDefenderPlansEnabled } from './checks/azure.security.defender-plans-enabled.js';
import { securityCollectors } from './collect.js';
import { demoAzureSecurity } from './demo.js';
export const security = {
  id: 'security',
  collectors: securityCollectors,
  // Sorted by id.
  checks: [securityContactConfigured, securityDefenderPlansEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAzureSecurity,
};

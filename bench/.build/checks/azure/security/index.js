import { securityContactConfigured } from './azure.security.contact-configured.js';
import { securityDefenderPlansEnabled } from './azure.security.defender-plans-enabled.js';
/** Sorted by id. */
export const azureSecurityChecks = [securityContactConfigured, securityDefenderPlansEnabled];

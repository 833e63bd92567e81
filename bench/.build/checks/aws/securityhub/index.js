import { securityHubHubEnabled } from './aws.securityhub.hub-enabled.js';
export const securityHubChecks = [securityHubHubEnabled];

import type { Check } from '../../../src/model/check.js';
import { securityHubHubEnabled } from './aws.securityhub.hub-enabled.js';

export const securityHubChecks: readonly Check[] = [securityHubHubEnabled];

import type { Check } from '../../../src/model/check.js';

export const securityHubChecks: readonly Check[] = [];

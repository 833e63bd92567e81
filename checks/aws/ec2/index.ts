import type { Check } from '../../../src/model/check.js';

export const ec2Checks: readonly Check[] = [];

import type { Check } from '../../../src/model/check.js';

export const iamChecks: readonly Check[] = [];

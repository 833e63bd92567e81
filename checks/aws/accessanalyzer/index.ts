import type { Check } from '../../../src/model/check.js';

export const accessAnalyzerChecks: readonly Check[] = [];

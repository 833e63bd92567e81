import type { Check } from '../../../src/model/check.js';

export const logsChecks: readonly Check[] = [];

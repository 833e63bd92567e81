import type { Check } from '../../../src/model/check.js';

export const kmsChecks: readonly Check[] = [];

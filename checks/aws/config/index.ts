import type { Check } from '../../../src/model/check.js';

export const configChecks: readonly Check[] = [];

import type { Check } from '../../../src/model/check.js';

export const cloudTrailChecks: readonly Check[] = [];

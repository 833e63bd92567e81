import type { Check } from '../../../src/model/check.js';

export const guardDutyChecks: readonly Check[] = [];

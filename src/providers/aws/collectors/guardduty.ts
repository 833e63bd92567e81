import type { AwsCollector } from '../context.js';

export const guardDutyCollectors: readonly AwsCollector<unknown>[] = [];

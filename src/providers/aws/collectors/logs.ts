import type { AwsCollector } from '../context.js';

export const logsCollectors: readonly AwsCollector<unknown>[] = [];

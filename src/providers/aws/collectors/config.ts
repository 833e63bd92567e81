import type { AwsCollector } from '../context.js';

export const configCollectors: readonly AwsCollector<unknown>[] = [];

import type { AwsCollector } from '../context.js';

export const iamCollectors: readonly AwsCollector<unknown>[] = [];

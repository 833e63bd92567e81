import type { AwsCollector } from '../context.js';

export const kmsCollectors: readonly AwsCollector<unknown>[] = [];

import type { AwsCollector } from '../context.js';

export const cloudTrailCollectors: readonly AwsCollector<unknown>[] = [];

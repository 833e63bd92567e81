import type { AwsCollector } from '../context.js';

export const accessAnalyzerCollectors: readonly AwsCollector<unknown>[] = [];

import type { AwsCollector } from '../context.js';

export const securityHubCollectors: readonly AwsCollector<unknown>[] = [];

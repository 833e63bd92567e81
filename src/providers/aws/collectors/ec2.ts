import type { AwsCollector } from '../context.js';

export const ec2Collectors: readonly AwsCollector<unknown>[] = [];

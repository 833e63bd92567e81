import type { AwsCollector } from './context.js';
import { AWS_SERVICES } from './services/index.js';

/** Every AWS collector, from the service list. */
export const AWS_COLLECTORS: readonly AwsCollector<unknown>[] = AWS_SERVICES.flatMap((s) => s.collectors);

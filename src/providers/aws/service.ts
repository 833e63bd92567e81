import type { ServiceModule } from '../service.js';
import type { AwsCollector } from './context.js';
import type { FakeHandlers } from './simulator.js';

/** An AWS service. Demo answers are keyed by the client id (`awsClient`'s first argument), then the operation. */
export type AwsService = ServiceModule<AwsCollector<unknown>, Partial<Record<string, FakeHandlers>>>;

import type { ServiceModule } from '../service.js';
import type { AzureCollector } from './context.js';
import type { ReplayRoutes } from './replay.js';

/** An Azure service. Demo answers are replay routes (`GET /subscriptions/…`). */
export type AzureService = ServiceModule<AzureCollector<unknown>, ReplayRoutes>;

import { AWS_SERVICES } from './services/index.js';
/** Every AWS collector, from the service list. */
export const AWS_COLLECTORS = AWS_SERVICES.flatMap((s) => s.collectors);

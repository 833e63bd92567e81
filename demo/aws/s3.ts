import type { ServiceId } from '../../src/providers/aws/clients.js';
import type { FakeHandlers } from '../../src/providers/aws/simulator.js';

/** Simulator handlers for the demo account's s3 APIs, by client. */
export const demoS3: Partial<Record<ServiceId, FakeHandlers>> = {};

import type { ServiceId } from '../../src/providers/aws/clients.js';
import type { FakeHandlers } from '../../src/providers/aws/simulator.js';

/** Simulator handlers for the demo account's cloudtrail APIs, by client. */
export const demoCloudTrail: Partial<Record<ServiceId, FakeHandlers>> = {};

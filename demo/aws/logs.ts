import type { ServiceId } from '../../src/providers/aws/clients.js';
import type { FakeHandlers } from '../../src/providers/aws/simulator.js';

/** Simulator handlers for the demo account's logs APIs, by client. */
export const demoLogs: Partial<Record<ServiceId, FakeHandlers>> = {};

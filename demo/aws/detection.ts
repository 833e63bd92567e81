import type { ServiceId } from '../../src/providers/aws/clients.js';
import type { FakeHandlers } from '../../src/providers/aws/simulator.js';

/** Simulator handlers for the demo account's detection APIs, by client. */
export const demoDetection: Partial<Record<ServiceId, FakeHandlers>> = {};

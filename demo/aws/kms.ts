import type { ServiceId } from '../../src/providers/aws/clients.js';
import type { FakeHandlers } from '../../src/providers/aws/simulator.js';

/** Simulator handlers for the demo account's kms APIs, by client. */
export const demoKms: Partial<Record<ServiceId, FakeHandlers>> = {};

import type { ServiceId } from '../../src/providers/aws/clients.js';
import type { FakeHandlers } from '../../src/providers/aws/simulator.js';

/** Simulator handlers for the demo account's iam APIs, by client. */
export const demoIam: Partial<Record<ServiceId, FakeHandlers>> = {};

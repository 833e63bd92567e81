import type { ServiceId } from '../../src/providers/aws/clients.js';
import type { FakeHandlers } from '../../src/providers/aws/simulator.js';

/** Simulator handlers for the demo account's ec2 APIs, by client. */
export const demoEc2: Partial<Record<ServiceId, FakeHandlers>> = {};

import { pages, type ReplayRoutes } from '../../src/providers/azure/replay.js';
import { AZURE_SERVICES } from '../../src/providers/azure/services/index.js';
import { DEMO_SUBSCRIPTION, DEMO_SUBSCRIPTION_NAME } from './ids.js';

const discovery: ReplayRoutes = {
  'GET /subscriptions': pages([
    { id: `/subscriptions/${DEMO_SUBSCRIPTION}`, subscriptionId: DEMO_SUBSCRIPTION, displayName: DEMO_SUBSCRIPTION_NAME, state: 'Enabled' },
  ]),
};

/** Every ARM answer of the demo subscription, by route. Two modules answering one route is a bug. */
export function demoAzureRoutes(): ReplayRoutes {
  const out: ReplayRoutes = {};
  for (const part of [discovery, ...AZURE_SERVICES.flatMap((s) => (s.demo ? [s.demo] : []))]) {
    for (const [route, answer] of Object.entries(part)) {
      if (out[route]) throw new Error(`two demo modules answer ${route}`);
      out[route] = answer;
    }
  }
  return out;
}

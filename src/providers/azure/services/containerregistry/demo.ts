/** A Premium production registry locked down with content trust, and a Basic registry with the admin user on. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { REGISTRY } from './state.js';

export const registryDemo: ReplayRoutes = {
  [demoList(REGISTRY)]: page([
    demoArm(
      'rg-web',
      REGISTRY,
      'acmeprodacr',
      {
        adminUserEnabled: false,
        publicNetworkAccess: 'Disabled',
        networkRuleSet: { defaultAction: 'Deny' },
        policies: { trustPolicy: { status: 'enabled' }, quarantinePolicy: { status: 'enabled' } },
        anonymousPullEnabled: false,
      },
      { sku: { name: 'Premium' } },
    ),
    demoArm(
      'rg-legacy',
      REGISTRY,
      'acmedevacr',
      { adminUserEnabled: true, publicNetworkAccess: 'Enabled', anonymousPullEnabled: false },
      { sku: { name: 'Basic' } },
    ),
  ]),
};

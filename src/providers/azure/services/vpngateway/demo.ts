/** Two gateways in the legacy group: the staff VPN with Entra-only P2S, and a contractor VPN still on certificates. */
import { DEMO_SUBSCRIPTION } from '../../../../../demo/azure/ids.js';
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, page } from '../../service-kit/demo.js';
import { VNET_GATEWAY } from './state.js';

const inGroup = (group: string) => `GET /subscriptions/${DEMO_SUBSCRIPTION}/resourceGroups/${group}/providers/${VNET_GATEWAY}`;

export const vpnGatewayDemo: ReplayRoutes = {
  [inGroup('rg-web')]: page([]),
  [inGroup('rg-data')]: page([]),
  [inGroup('NetworkWatcherRG')]: page([]),
  [inGroup('rg-legacy')]: page([
    demoArm('rg-legacy', VNET_GATEWAY, 'acme-staff-vpn', {
      gatewayType: 'Vpn',
      vpnClientConfiguration: { vpnAuthenticationTypes: ['AAD'], aadTenant: 'https://login.microsoftonline.com/acme/' },
    }),
    demoArm('rg-legacy', VNET_GATEWAY, 'acme-contractor-vpn', {
      gatewayType: 'Vpn',
      vpnClientConfiguration: { vpnAuthenticationTypes: ['Certificate'], vpnClientAddressPool: { addressPrefixes: ['172.16.200.0/24'] } },
    }),
  ]),
};

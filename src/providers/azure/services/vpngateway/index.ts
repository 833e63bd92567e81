import type { AzureService } from '../../service.js';
import { vpnGatewayP2sEntraAuthOnly } from './checks/azure.vpngateway.p2s-entra-auth-only.js';
import { vpnGatewayCollectors } from './collect.js';
import { vpnGatewayDemo } from './demo.js';

export const vpngateway: AzureService = {
  id: 'vpngateway',
  collectors: vpnGatewayCollectors,
  checks: [vpnGatewayP2sEntraAuthOnly],
  links: new URL('./links.yaml', import.meta.url),
  demo: vpnGatewayDemo,
};

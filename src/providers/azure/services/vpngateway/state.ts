/** VPN gateways (virtual network gateways), listed per resource group: ARM has no subscription-wide list for them. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const VNET_GATEWAY = 'Microsoft.Network/virtualNetworkGateways';

/** `tags` as ARM sends them: this collector keeps the list answer as it is, and ARM omits empty tags. */
export interface VnetGateway extends Omit<ArmResource, 'tags'> {
  tags?: Record<string, string>;
  properties: {
    /** `Vpn` or `ExpressRoute`. */
    gatewayType?: string;
    /** Absent when no point-to-site configuration exists. */
    vpnClientConfiguration?: {
      /** `Certificate`, `Radius`, `AAD`; absent with a pool only means certificate authentication. */
      vpnAuthenticationTypes?: string[];
      aadTenant?: string;
      vpnClientAddressPool?: { addressPrefixes?: string[] };
    };
  };
}

/** Per resource group (by group id). */
export const AZURE_VNET_GATEWAYS = inventoryKey<PerResource<VnetGateway[]>>('azure.vpngateway.gateways', 'global');

/** Virtual network gateways, one list per resource group, through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armChild, listApi } from '../../service-kit/collect.js';
import type { Shape } from '../../wire.js';
import { AZURE_RESOURCE_GROUPS } from '../resources/state.js';
import { AZURE_VNET_GATEWAYS, VNET_GATEWAY, type VnetGateway } from './state.js';

// Root certificate data and RADIUS secrets are not named, so never kept.
const SHAPE: Shape<VnetGateway> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: {
    gatewayType: true,
    vpnClientConfiguration: { vpnAuthenticationTypes: true, aadTenant: true, vpnClientAddressPool: { addressPrefixes: true } },
  },
};

export const LIST_GATEWAYS = listApi(VNET_GATEWAY);

export const vpnGatewayCollectors = [
  armChild({
    key: AZURE_VNET_GATEWAYS,
    parent: AZURE_RESOURCE_GROUPS,
    spec: LIST_GATEWAYS,
    suffix: `/providers/${VNET_GATEWAY}`,
    apiVersion: '2024-01-01',
    shape: SHAPE,
    read: 'list',
  }),
] as readonly AzureCollector<unknown>[];

import { azureSnapshot, type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { res, SUB } from '../../../service-kit/cases.fixtures.js';
import { AZURE_RESOURCE_GROUPS } from '../../resources/state.js';
import { AZURE_VNET_GATEWAYS, VNET_GATEWAY, type VnetGateway } from '../state.js';
import { vpnGatewayP2sEntraAuthOnly as check } from './azure.vpngateway.p2s-entra-auth-only.js';

const group = {
  id: `${SUB}/resourceGroups/rg-app`,
  name: 'rg-app',
  type: 'Microsoft.Resources/resourceGroups',
  location: 'westeurope',
  tags: {},
};
const gw = (name: string, properties: VnetGateway['properties']): VnetGateway => res(VNET_GATEWAY, name, properties);
const snap = (gws: VnetGateway[]) =>
  azureSnapshot()
    .global(AZURE_RESOURCE_GROUPS, [group])
    .global(AZURE_VNET_GATEWAYS, { [group.id]: { ok: true, value: gws } });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'AAD only passes',
      snapshot: snap([gw('g', { gatewayType: 'Vpn', vpnClientConfiguration: { vpnAuthenticationTypes: ['AAD'] } })]),
      expected: [['pass', 'entra-only']],
    },
    {
      name: 'AAD plus certificates fails',
      snapshot: snap([gw('g', { gatewayType: 'Vpn', vpnClientConfiguration: { vpnAuthenticationTypes: ['AAD', 'Certificate'] } })]),
      expected: [['fail', 'other-auth']],
    },
    {
      name: 'a pool without types is certificate auth and fails',
      snapshot: snap([
        gw('g', { gatewayType: 'Vpn', vpnClientConfiguration: { vpnClientAddressPool: { addressPrefixes: ['172.16.0.0/24'] } } }),
      ]),
      expected: [['fail', 'other-auth']],
    },
    {
      name: 'no point-to-site is not applicable',
      snapshot: snap([gw('g', { gatewayType: 'Vpn' })]),
      expected: [['not_applicable', 'no-p2s']],
    },
    {
      name: 'an ExpressRoute gateway is not applicable',
      snapshot: snap([gw('g', { gatewayType: 'ExpressRoute' })]),
      expected: [['not_applicable', 'not-vpn']],
    },
    { name: 'a group with no gateways gives nothing', snapshot: snap([]), expected: [] },
    {
      name: 'an unreadable group list is an error on that group',
      snapshot: azureSnapshot()
        .global(AZURE_RESOURCE_GROUPS, [group])
        .global(AZURE_VNET_GATEWAYS, { [group.id]: denied(`${VNET_GATEWAY}:list`) }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied resource groups are an error on the subscription',
      snapshot: azureSnapshot().global(AZURE_RESOURCE_GROUPS, denied()).global(AZURE_VNET_GATEWAYS, {}),
      expected: [['error', 'error.denied']],
    },
  ],
};

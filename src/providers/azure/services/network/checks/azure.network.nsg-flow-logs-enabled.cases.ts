import { azureSnapshot, type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { flowLog, nsg, SUBNET, VNET, watcher } from '../../../builders.fixtures.js';
import { listErrors } from '../../../cases.fixtures.js';
import { AZURE_FLOW_LOGS, AZURE_NETWORK_WATCHERS, AZURE_NSGS, type FlowLog, type NetworkSecurityGroup } from '../state.js';
import { networkNsgFlowLogsEnabled as check } from './azure.network.nsg-flow-logs-enabled.js';

const NIC = '/subscriptions/s/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm1-nic';
const attached = nsg('nsg-1', [], { subnets: [SUBNET] });
const w = watcher();
const with_ = (group: NetworkSecurityGroup, logs: Fetched<FlowLog[]>) =>
  azureSnapshot()
    .global(AZURE_NSGS, [group])
    .global(AZURE_NETWORK_WATCHERS, [w])
    .global(AZURE_FLOW_LOGS, { [w.id]: logs });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'an NSG flow log passes', snapshot: with_(attached, ok([flowLog(attached.id)])), expected: [['pass', 'nsg-flow-log']] },
    {
      name: 'a VNet flow log over its subnet passes',
      snapshot: with_(attached, ok([flowLog(VNET)])),
      expected: [['pass', 'attachments-flow-logged']],
    },
    {
      name: 'a location in display form matches its watcher',
      snapshot: with_(nsg('nsg-1', [], { subnets: [SUBNET] }, 'West Europe'), ok([flowLog(VNET)])),
      expected: [['pass', 'attachments-flow-logged']],
    },
    {
      name: 'target ids compare case-insensitively',
      snapshot: with_(attached, ok([flowLog(attached.id.toUpperCase())])),
      expected: [['pass', 'nsg-flow-log']],
    },
    {
      name: 'a disabled flow log fails',
      snapshot: with_(attached, ok([flowLog(attached.id, false)])),
      expected: [['fail', 'no-flow-log']],
    },
    { name: 'no flow log fails', snapshot: with_(attached, ok([])), expected: [['fail', 'no-flow-log']] },
    {
      name: 'a VNet flow log does not cover a NIC attachment',
      snapshot: with_(nsg('nsg-2', [], { subnets: [SUBNET], nics: [NIC] }), ok([flowLog(VNET)])),
      expected: [['fail', 'no-flow-log']],
    },
    {
      name: 'no Network Watcher in the region fails',
      snapshot: azureSnapshot()
        .global(AZURE_NSGS, [nsg('nsg-3', [], { subnets: [SUBNET] }, 'eastus')])
        .global(AZURE_NETWORK_WATCHERS, [w])
        .global(AZURE_FLOW_LOGS, { [w.id]: ok([]) }),
      expected: [['fail', 'no-network-watcher']],
    },
    {
      name: 'an NSG attached to nothing is not applicable',
      snapshot: with_(nsg('idle', []), ok([])),
      expected: [['not_applicable', 'nsg-unattached']],
    },
    {
      name: 'unreadable flow logs for the region are an error',
      snapshot: with_(
        attached,
        denied('Microsoft.Network/networkWatchers/flowLogs:list', 'Microsoft.Network/networkWatchers/flowLogs/read'),
      ),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'unreadable watchers are an error per NSG',
      snapshot: azureSnapshot()
        .global(AZURE_NSGS, [attached])
        .global(AZURE_NETWORK_WATCHERS, denied('Microsoft.Network/networkWatchers:list', 'Microsoft.Network/networkWatchers/read'))
        .global(AZURE_FLOW_LOGS, {}),
      expected: [['error', 'error.denied']],
    },
    ...listErrors(AZURE_NSGS, 'Microsoft.Network/networkSecurityGroups:list', 'Microsoft.Network/networkSecurityGroups/read', () =>
      azureSnapshot()
        .global(AZURE_NETWORK_WATCHERS, [w])
        .global(AZURE_FLOW_LOGS, { [w.id]: ok([]) }),
    ),
  ],
};

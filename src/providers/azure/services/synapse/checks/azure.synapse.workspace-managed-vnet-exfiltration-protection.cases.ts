import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { workspace } from '../cases.fixtures.js';
import { AZURE_SYNAPSE_WORKSPACES, WORKSPACE } from '../state.js';
import { synapseWorkspaceManagedVnetExfiltrationProtection as check } from './azure.synapse.workspace-managed-vnet-exfiltration-protection.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_SYNAPSE_WORKSPACES, WORKSPACE, [
    [
      'managed VNet with protection passes',
      [workspace('w', { managedVirtualNetwork: 'default', managedVirtualNetworkSettings: { preventDataExfiltration: true } })],
      [['pass', 'exfiltration-protected']],
    ],
    [
      'managed VNet without protection fails',
      [workspace('w', { managedVirtualNetwork: 'default', managedVirtualNetworkSettings: { preventDataExfiltration: false } })],
      [['fail', 'exfiltration-allowed']],
    ],
    ['managed VNet, settings absent fails', [workspace('w', { managedVirtualNetwork: 'default' })], [['fail', 'exfiltration-allowed']]],
    ['no managed VNet fails', [workspace('w')], [['fail', 'no-managed-vnet']]],
  ]),
};

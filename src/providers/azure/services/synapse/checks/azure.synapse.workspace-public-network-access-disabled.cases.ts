import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { workspace } from '../cases.fixtures.js';
import { AZURE_SYNAPSE_WORKSPACES, WORKSPACE } from '../state.js';
import { synapseWorkspacePublicNetworkAccessDisabled as check } from './azure.synapse.workspace-public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_SYNAPSE_WORKSPACES, WORKSPACE, [
    ['Disabled passes', [workspace('w', { publicNetworkAccess: 'Disabled' })], [['pass', 'public-disabled']]],
    ['Enabled fails', [workspace('w', { publicNetworkAccess: 'Enabled' })], [['fail', 'public-enabled']]],
    ['absent fails', [workspace('w')], [['fail', 'public-enabled']]],
  ]),
};

import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { workspace } from '../cases.fixtures.js';
import { AZURE_SYNAPSE_WORKSPACES, WORKSPACE } from '../state.js';
import { synapseWorkspaceEntraOnlyAuth as check } from './azure.synapse.workspace-entra-only-auth.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_SYNAPSE_WORKSPACES, WORKSPACE, [
    [
      'true passes',
      [workspace('w', { azureADOnlyAuthentication: true, extraProperties: { WorkspaceType: 'Normal' } })],
      [['pass', 'entra-only']],
    ],
    ['false fails', [workspace('w', { azureADOnlyAuthentication: false })], [['fail', 'sql-auth-allowed']]],
    ['absent fails', [workspace('w')], [['fail', 'sql-auth-allowed']]],
    [
      'true but Inconsistent fails',
      [workspace('w', { azureADOnlyAuthentication: true, settings: { azureADOnlyAuthentication: { state: 'Inconsistent' } } })],
      [['fail', 'entra-only-inconsistent']],
    ],
    [
      'a Connected workspace is not applicable',
      [workspace('w', { extraProperties: { WorkspaceType: 'Connected' } })],
      [['not_applicable', 'not-normal-workspace']],
    ],
  ]),
};

import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { ws } from '../cases.fixtures.js';
import { AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';
import { databricksPublicNetworkDisabled as check } from './azure.databricks.public-network-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_DATABRICKS_WORKSPACES, WORKSPACE, [
    ['Disabled passes', [ws('w', { publicNetworkAccess: 'Disabled' })], [['pass', 'public-access-disabled']]],
    ['Enabled fails', [ws('w', { publicNetworkAccess: 'Enabled' })], [['fail', 'public-access-enabled']]],
    ['absent (older workspace) fails', [ws('w')], [['fail', 'public-access-enabled']]],
  ]),
};

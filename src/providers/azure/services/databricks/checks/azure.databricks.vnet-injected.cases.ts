import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { injected, ws } from '../cases.fixtures.js';
import { AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';
import { databricksVnetInjected as check } from './azure.databricks.vnet-injected.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_DATABRICKS_WORKSPACES, WORKSPACE, [
    ['injected passes', [injected('w')], [['pass', 'vnet-injected']]],
    ['managed VNet fails', [ws('w')], [['fail', 'managed-vnet']]],
  ]),
};

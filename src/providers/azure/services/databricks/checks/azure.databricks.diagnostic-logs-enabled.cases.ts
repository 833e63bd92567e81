import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { diag, ws } from '../cases.fixtures.js';
import { LIST_DIAGNOSTICS } from '../collect.js';
import { AZURE_DATABRICKS_DIAGNOSTICS, AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';
import { databricksDiagnosticLogsEnabled as check } from './azure.databricks.diagnostic-logs-enabled.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_DATABRICKS_WORKSPACES,
    WORKSPACE,
    AZURE_DATABRICKS_DIAGNOSTICS,
    [
      ['a setting sending logs to Log Analytics passes', [ws('w')], [[diag('d', true, '/law')]], [['pass', 'logs-delivered']]],
      ['a setting with all logs off fails', [ws('w')], [[diag('d', false, '/law')]], [['fail', 'no-log-delivery']]],
      ['a setting without destination fails', [ws('w')], [[diag('d', true)]], [['fail', 'no-log-delivery']]],
      ['no setting fails', [ws('w')], [[]], [['fail', 'no-log-delivery']]],
    ],
    { item: ws('w'), api: LIST_DIAGNOSTICS.api },
  ),
};

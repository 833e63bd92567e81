import { azureSnapshot, type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { SUB_ID } from '../../../builders.fixtures.js';
import { AZURE_SUBSCRIPTION_DIAGNOSTICS, type DiagnosticLogSetting, type SubscriptionDiagnosticSetting } from '../state.js';
import { monitorActivityLogExported as check } from './azure.monitor.activity-log-exported.js';

const WORKSPACE = `${SUB_ID}/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/central`;
const cats = (...names: string[]): DiagnosticLogSetting[] => names.map((category) => ({ category, enabled: true }));
const setting = (
  name: string,
  logs: DiagnosticLogSetting[],
  dest: Partial<SubscriptionDiagnosticSetting['properties']> = { workspaceId: WORKSPACE },
): SubscriptionDiagnosticSetting => ({
  id: `${SUB_ID}/providers/Microsoft.Insights/diagnosticSettings/${name}`,
  name,
  type: 'Microsoft.Insights/diagnosticSettings',
  properties: { ...dest, logs },
});
const with_ = (...settings: SubscriptionDiagnosticSetting[]) => azureSnapshot().global(AZURE_SUBSCRIPTION_DIAGNOSTICS, settings);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'the four categories to a workspace pass',
      snapshot: with_(setting('all', cats('Administrative', 'Alert', 'Policy', 'Security', 'ServiceHealth'))),
      expected: [['pass', 'exported']],
    },
    {
      name: 'the allLogs group passes',
      snapshot: with_(setting('all', [{ categoryGroup: 'allLogs', enabled: true }])),
      expected: [['pass', 'exported']],
    },
    {
      name: 'categories split across two settings pass together',
      snapshot: with_(
        setting('a', cats('Administrative', 'Alert')),
        setting('b', cats('Policy', 'Security'), {
          storageAccountId: `${SUB_ID}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs`,
        }),
      ),
      expected: [['pass', 'exported']],
    },
    { name: 'no diagnostic setting fails', snapshot: with_(), expected: [['fail', 'not-exported']] },
    {
      name: 'a setting without a destination does not count',
      snapshot: with_(setting('nowhere', cats('Administrative', 'Alert', 'Policy', 'Security'), {})),
      expected: [['fail', 'not-exported']],
    },
    {
      name: 'a missing category fails',
      snapshot: with_(setting('some', cats('Administrative', 'Policy'))),
      expected: [['fail', 'categories-missing']],
    },
    {
      name: 'a disabled category does not count',
      snapshot: with_(setting('some', [...cats('Administrative', 'Alert', 'Policy'), { category: 'Security', enabled: false }])),
      expected: [['fail', 'categories-missing']],
    },
    {
      name: 'denied settings are an error',
      snapshot: azureSnapshot().global(
        AZURE_SUBSCRIPTION_DIAGNOSTICS,
        denied('Microsoft.Insights/diagnosticSettings:list', 'Microsoft.Insights/diagnosticSettings/read'),
      ),
      expected: [['error', 'error.denied']],
    },
    { name: 'settings missing from the snapshot are an error', snapshot: azureSnapshot(), expected: [['error', 'error.unknown']] },
  ],
};

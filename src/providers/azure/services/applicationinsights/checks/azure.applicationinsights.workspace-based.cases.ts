import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { component } from '../cases.fixtures.js';
import { AZURE_APP_INSIGHTS, COMPONENT } from '../state.js';
import { appInsightsWorkspaceBased as check } from './azure.applicationinsights.workspace-based.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_APP_INSIGHTS, COMPONENT, [
    [
      'workspace-based passes',
      [component('a', { WorkspaceResourceId: '/law', IngestionMode: 'LogAnalytics' })],
      [['pass', 'workspace-based']],
    ],
    ['classic fails', [component('a', { IngestionMode: 'ApplicationInsights' })], [['fail', 'classic']]],
  ]),
};

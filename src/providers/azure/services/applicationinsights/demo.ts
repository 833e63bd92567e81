/** A workspace-based, Entra-only component and a classic one still accepting key-only telemetry. */
import { demoId } from '../../../../../demo/azure/ids.js';
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { COMPONENT } from './state.js';

export const appInsightsDemo: ReplayRoutes = {
  [demoList(COMPONENT)]: page([
    demoArm(
      'rg-web',
      COMPONENT,
      'acme-orders-api-ai',
      {
        WorkspaceResourceId: demoId('rg-sec', 'Microsoft.OperationalInsights/workspaces', 'acme-logs'),
        IngestionMode: 'LogAnalytics',
        DisableLocalAuth: true,
      },
      { kind: 'web' },
    ),
    demoArm('rg-web', COMPONENT, 'acme-marketing-ai', { IngestionMode: 'ApplicationInsights' }, { kind: 'web' }),
  ]),
};

import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { databricksCollectors } from './collect.js';
import { AZURE_DATABRICKS_DIAGNOSTICS, AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from './state.js';

describeArmCollectors('databricks', databricksCollectors, [
  {
    key: AZURE_DATABRICKS_WORKSPACES,
    type: WORKSPACE,
    extra: { properties: { parameters: { enableNoPublicIp: { value: true }, storageAccountKey: { value: 's3cret' } } } },
    children: [
      {
        key: AZURE_DATABRICKS_DIAGNOSTICS,
        suffix: '/providers/Microsoft.Insights/diagnosticSettings',
        answer: {
          body: { value: [{ id: 'd', name: 'd', properties: { workspaceId: '/law', logs: [{ category: 'accounts', enabled: true }] } }] },
        },
      },
    ],
  },
]);

import type { AzureService } from '../../service.js';
import { appInsightsConfigured } from './checks/azure.applicationinsights.configured.js';
import { appInsightsLocalAuthDisabled } from './checks/azure.applicationinsights.local-auth-disabled.js';
import { appInsightsWorkspaceBased } from './checks/azure.applicationinsights.workspace-based.js';
import { appInsightsCollectors } from './collect.js';
import { appInsightsDemo } from './demo.js';

export const applicationinsights: AzureService = {
  id: 'applicationinsights',
  collectors: appInsightsCollectors,
  checks: [appInsightsConfigured, appInsightsLocalAuthDisabled, appInsightsWorkspaceBased],
  links: new URL('./links.yaml', import.meta.url),
  demo: appInsightsDemo,
};

import { either, subscriptionCheck } from '../../../service-kit/check.js';
import { AZURE_APP_INSIGHTS } from '../state.js';

export const appInsightsConfigured = subscriptionCheck(
  {
    id: 'azure.applicationinsights.configured',
    title: 'Application Insights is configured in the subscription',
    service: 'applicationinsights',
    resourceType: 'Microsoft.Resources/subscriptions',
    severity: 'low',
    rationale:
      'One result per subscription. Passes when at least one Application Insights component exists; fails when none does, so application traces, failures and dependency calls are not collected for investigation. Whether each application actually sends telemetry is not visible from the control plane.',
    remediation: {
      text: 'Create a workspace-based Application Insights resource and instrument the applications.',
      cli: 'az monitor app-insights component create --app <name> --resource-group <group> --location <region> --workspace <log-analytics-id>',
    },
    cis: ['6.1.3.1'],
  },
  AZURE_APP_INSIGHTS,
  (components) =>
    either(
      components.length > 0,
      ['insights-configured', `${components.length} Application Insights component(s) exist.`],
      ['no-insights', 'No Application Insights component exists.'],
      { components: components.length },
    ),
);

import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_APP_INSIGHTS, COMPONENT } from '../state.js';

export const appInsightsLocalAuthDisabled = itemCheck(
  {
    id: 'azure.applicationinsights.local-auth-disabled',
    title: 'Application Insights accepts only Entra-authenticated telemetry',
    service: 'applicationinsights',
    resourceType: COMPONENT,
    severity: 'low',
    rationale:
      'One result per component. Passes when `DisableLocalAuth` is true, so ingestion requires an Entra token. Fails when false or absent: anyone holding the instrumentation key (embedded in client-side code) can send fabricated telemetry that pollutes the logs used in investigations.',
    remediation: {
      text: 'Disable local authentication on the component and give the apps\u2019 identities the Monitoring Metrics Publisher role.',
      cli: 'az monitor app-insights component update --app <name> --resource-group <group> --set properties.DisableLocalAuth=true',
    },
  },
  AZURE_APP_INSIGHTS,
  (c) =>
    either(
      c.properties.DisableLocalAuth === true,
      ['entra-only', `Component ${c.name} accepts only Entra-authenticated telemetry.`],
      ['key-auth', `Component ${c.name} accepts telemetry with the instrumentation key alone.`],
      {
        disableLocalAuth: c.properties.DisableLocalAuth ?? false,
      },
    ),
);

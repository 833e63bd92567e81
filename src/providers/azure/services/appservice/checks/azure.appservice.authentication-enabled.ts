import { childCheck, either } from '../../../service-kit/check.js';
import { AZURE_WEB_APPS, AZURE_WEB_AUTH, SITE } from '../state.js';

export const appServiceAuthenticationEnabled = childCheck(
  {
    id: 'azure.appservice.authentication-enabled',
    title: 'App Service apps use App Service authentication',
    service: 'appservice',
    resourceType: SITE,
    severity: 'low',
    rationale:
      'One result per web or function app, from its authentication settings (V2, read without secrets). Passes when `platform.enabled` is true, so App Service authenticates callers (Entra ID or another provider) before they reach the code. Fails when it is false or absent, which is the default. ' +
      'Apps that authenticate in their own code fail here by design; record them as an exception with the reason.',
    remediation: {
      text: 'Add an identity provider under Authentication and require authentication for unauthenticated requests.',
      cli: 'az webapp auth update --resource-group <group> --name <app> --enabled true --action LoginWithAzureActiveDirectory',
    },
  },
  AZURE_WEB_APPS,
  AZURE_WEB_AUTH,
  (s, a) =>
    either(
      a.properties.platform?.enabled === true,
      ['auth-enabled', `App ${s.name} uses App Service authentication.`],
      ['auth-disabled', `App ${s.name} does not use App Service authentication.`],
      {
        enabled: a.properties.platform?.enabled ?? false,
        unauthenticatedClientAction: a.properties.globalValidation?.unauthenticatedClientAction ?? null,
      },
    ),
);

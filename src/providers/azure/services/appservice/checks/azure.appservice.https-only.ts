import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_WEB_APPS, SITE } from '../state.js';

export const appServiceHttpsOnly = itemCheck(
  {
    id: 'azure.appservice.https-only',
    title: 'App Service apps redirect HTTP to HTTPS',
    service: 'appservice',
    resourceType: SITE,
    severity: 'medium',
    rationale:
      'One result per web or function app. Passes when `httpsOnly` is true, so App Service answers plain HTTP with a redirect to HTTPS. Fails when it is false or absent: ARM leaves it false unless set, and then the app serves HTTP in clear text. ' +
      'Session cookies, tokens and form data sent over HTTP can be read and altered on the way.',
    remediation: {
      text: 'Turn on "HTTPS Only" in the app\u2019s configuration.',
      cli: 'az webapp update --resource-group <group> --name <app> --https-only true',
    },
  },
  AZURE_WEB_APPS,
  (s) =>
    either(
      s.properties.httpsOnly === true,
      ['https-only', `App ${s.name} redirects HTTP to HTTPS.`],
      ['http-allowed', `App ${s.name} serves plain HTTP.`],
      { httpsOnly: s.properties.httpsOnly ?? false },
    ),
);

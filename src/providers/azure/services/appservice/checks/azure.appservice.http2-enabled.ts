import { childCheck, either } from '../../../service-kit/check.js';
import { AZURE_WEB_APPS, AZURE_WEB_CONFIG, SITE } from '../state.js';

export const appServiceHttp2Enabled = childCheck(
  {
    id: 'azure.appservice.http2-enabled',
    title: 'App Service apps accept HTTP/2',
    service: 'appservice',
    resourceType: SITE,
    severity: 'low',
    rationale:
      'One result per web or function app. Passes when `http20Enabled` is true in the site config; fails when false or absent (App Service then serves HTTP/1.1 only). HTTP/2 is negotiated only over TLS and removes head-of-line blocking; it is hardening, not a control on its own.',
    remediation: {
      text: 'Set the HTTP version to 2.0.',
      cli: 'az webapp config set --resource-group <group> --name <app> --http20-enabled true',
    },
  },
  AZURE_WEB_APPS,
  AZURE_WEB_CONFIG,
  (s, c) =>
    either(
      c.properties.http20Enabled === true,
      ['http2-enabled', `App ${s.name} accepts HTTP/2.`],
      ['http2-disabled', `App ${s.name} serves HTTP/1.1 only.`],
      { http20Enabled: c.properties.http20Enabled ?? false },
    ),
);

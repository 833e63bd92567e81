import { childCheck, either, missing } from '../../../service-kit/check.js';
import { GET_CONFIG } from '../collect.js';
import { AZURE_WEB_APPS, AZURE_WEB_CONFIG, SITE } from '../state.js';

const MODERN = new Set(['1.2', '1.3']);

export const appServiceMinimumTls = childCheck(
  {
    id: 'azure.appservice.minimum-tls',
    title: 'App Service apps require TLS 1.2 or later',
    service: 'appservice',
    resourceType: SITE,
    severity: 'medium',
    rationale:
      'One result per web or function app, from its site config. Passes when `minTlsVersion` is 1.2 or 1.3; fails for 1.0 or 1.1, which accept clients on protocol versions with known weaknesses. The site config always carries the field; an answer without it is an error, not a default.',
    remediation: {
      text: 'Set the minimum inbound TLS version to 1.2 (or 1.3).',
      cli: 'az webapp config set --resource-group <group> --name <app> --min-tls-version 1.2',
    },
  },
  AZURE_WEB_APPS,
  AZURE_WEB_CONFIG,
  (s, c) => {
    const v = c.properties.minTlsVersion;
    if (!v) return missing(GET_CONFIG.api, GET_CONFIG.actions[0]!, `the site config of ${s.name} has no minTlsVersion`);
    return either(
      MODERN.has(v),
      ['tls-modern', `App ${s.name} requires TLS ${v} or later.`],
      ['tls-legacy', `App ${s.name} accepts TLS ${v}.`],
      {
        minTlsVersion: v,
      },
    );
  },
);

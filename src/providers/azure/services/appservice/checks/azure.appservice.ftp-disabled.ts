import { bad, childCheck, missing, ok } from '../../../service-kit/check.js';
import { GET_CONFIG } from '../collect.js';
import { AZURE_WEB_APPS, AZURE_WEB_CONFIG, SITE } from '../state.js';

export const appServiceFtpDisabled = childCheck(
  {
    id: 'azure.appservice.ftp-disabled',
    title: 'App Service apps do not accept plain FTP deployments',
    service: 'appservice',
    resourceType: SITE,
    severity: 'medium',
    rationale:
      'One result per web or function app, from `ftpsState` in its site config. Passes for `Disabled` (no FTP endpoint) and for `FtpsOnly` (FTP over TLS only, reported in the observed facts). Fails for `AllAllowed`, the default for older apps, where deployment credentials and code travel unencrypted over FTP.',
    remediation: {
      text: 'Disable FTP deployments, or allow FTPS only where a pipeline still needs it.',
      cli: 'az webapp config set --resource-group <group> --name <app> --ftps-state Disabled',
    },
  },
  AZURE_WEB_APPS,
  AZURE_WEB_CONFIG,
  (s, c) => {
    const state = c.properties.ftpsState;
    if (!state) return missing(GET_CONFIG.api, GET_CONFIG.actions[0]!, `the site config of ${s.name} has no ftpsState`);
    if (state === 'Disabled') return ok('ftp-disabled', `App ${s.name} has FTP disabled.`, { ftpsState: state });
    if (state === 'FtpsOnly') return ok('ftps-only', `App ${s.name} accepts FTPS only.`, { ftpsState: state });
    return bad('ftp-allowed', `App ${s.name} accepts plain FTP (${state}).`, { ftpsState: state });
  },
);

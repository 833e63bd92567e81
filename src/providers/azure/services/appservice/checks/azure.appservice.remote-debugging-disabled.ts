import { childCheck, either, missing } from '../../../service-kit/check.js';
import { GET_CONFIG } from '../collect.js';
import { AZURE_WEB_APPS, AZURE_WEB_CONFIG, SITE } from '../state.js';

export const appServiceRemoteDebuggingDisabled = childCheck(
  {
    id: 'azure.appservice.remote-debugging-disabled',
    title: 'App Service apps have remote debugging off',
    service: 'appservice',
    resourceType: SITE,
    severity: 'medium',
    rationale:
      'One result per web or function app. Passes when `remoteDebuggingEnabled` is false in the site config; fails when true, which opens debugger ports into the running process. Azure turns it off again after 48 hours, but while on it is an inbound path a production app should not have.',
    remediation: {
      text: 'Turn remote debugging off.',
      cli: 'az webapp config set --resource-group <group> --name <app> --remote-debugging-enabled false',
    },
  },
  AZURE_WEB_APPS,
  AZURE_WEB_CONFIG,
  (s, c) => {
    const on = c.properties.remoteDebuggingEnabled;
    if (on === undefined)
      return missing(GET_CONFIG.api, GET_CONFIG.actions[0]!, `the site config of ${s.name} has no remoteDebuggingEnabled`);
    return either(
      !on,
      ['debugging-off', `App ${s.name} has remote debugging off.`],
      ['debugging-on', `App ${s.name} has remote debugging on.`],
      {
        remoteDebuggingEnabled: on,
      },
    );
  },
);

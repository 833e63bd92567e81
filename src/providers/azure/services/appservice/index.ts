import type { AzureService } from '../../service.js';
import { appServiceAuthenticationEnabled } from './checks/azure.appservice.authentication-enabled.js';
import { appServiceClientCertificatesRequired } from './checks/azure.appservice.client-certificates-required.js';
import { appServiceFtpDisabled } from './checks/azure.appservice.ftp-disabled.js';
import { appServiceHttp2Enabled } from './checks/azure.appservice.http2-enabled.js';
import { appServiceHttpsOnly } from './checks/azure.appservice.https-only.js';
import { appServiceManagedIdentity } from './checks/azure.appservice.managed-identity.js';
import { appServiceMinimumTls } from './checks/azure.appservice.minimum-tls.js';
import { appServiceRemoteDebuggingDisabled } from './checks/azure.appservice.remote-debugging-disabled.js';
import { appServiceRuntimeSupported } from './checks/azure.appservice.runtime-supported.js';
import { appServiceCollectors } from './collect.js';
import { appServiceDemo } from './demo.js';

export const appservice: AzureService = {
  id: 'appservice',
  collectors: appServiceCollectors,
  checks: [
    appServiceAuthenticationEnabled,
    appServiceClientCertificatesRequired,
    appServiceFtpDisabled,
    appServiceHttp2Enabled,
    appServiceHttpsOnly,
    appServiceManagedIdentity,
    appServiceMinimumTls,
    appServiceRemoteDebuggingDisabled,
    appServiceRuntimeSupported,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: appServiceDemo,
};

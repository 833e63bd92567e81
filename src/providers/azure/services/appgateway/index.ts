import type { AzureService } from '../../service.js';
import { appGatewayHttp2Enabled } from './checks/azure.appgateway.http2-enabled.js';
import { appGatewayMinimumTls } from './checks/azure.appgateway.minimum-tls.js';
import { appGatewayWafBotProtection } from './checks/azure.appgateway.waf-bot-protection.js';
import { appGatewayWafEnabled } from './checks/azure.appgateway.waf-enabled.js';
import { appGatewayWafPreventionMode } from './checks/azure.appgateway.waf-prevention-mode.js';
import { appGatewayWafRequestBodyInspection } from './checks/azure.appgateway.waf-request-body-inspection.js';
import { appGatewayCollectors } from './collect.js';
import { appGatewayDemo } from './demo.js';

export const appgateway: AzureService = {
  id: 'appgateway',
  collectors: appGatewayCollectors,
  checks: [
    appGatewayHttp2Enabled,
    appGatewayMinimumTls,
    appGatewayWafBotProtection,
    appGatewayWafEnabled,
    appGatewayWafPreventionMode,
    appGatewayWafRequestBodyInspection,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: appGatewayDemo,
};

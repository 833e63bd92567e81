import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_APP_GATEWAYS, GATEWAY } from '../state.js';

export const appGatewayHttp2Enabled = itemCheck(
  {
    id: 'azure.appgateway.http2-enabled',
    title: 'Application gateways accept HTTP/2',
    service: 'appgateway',
    resourceType: GATEWAY,
    severity: 'low',
    rationale:
      'One result per application gateway. Passes when `enableHttp2` is true; fails when false or absent (ARM leaves it false unless set). HTTP/2 is only offered over TLS listeners, favouring modern encrypted connections.',
    remediation: {
      text: 'Enable HTTP2 in the gateway configuration.',
      cli: 'az network application-gateway update --resource-group <group> --name <gateway> --http2 Enabled',
    },
    cis: ['7.13'],
  },
  AZURE_APP_GATEWAYS,
  (g) =>
    either(
      g.properties.enableHttp2 === true,
      ['http2-enabled', `Gateway ${g.name} accepts HTTP/2.`],
      ['http2-disabled', `Gateway ${g.name} does not accept HTTP/2.`],
      {
        enableHttp2: g.properties.enableHttp2 ?? false,
      },
    ),
);

import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { appGatewayCollectors } from './collect.js';
import { AZURE_APP_GATEWAYS, AZURE_WAF_POLICIES, GATEWAY, WAF_POLICY } from './state.js';

describeArmCollectors('appgateway', appGatewayCollectors, [
  {
    key: AZURE_APP_GATEWAYS,
    type: GATEWAY,
    extra: { properties: { enableHttp2: true, sslCertificates: [{ properties: { data: 's3cret', password: 's3cret' } }] } },
  },
  { key: AZURE_WAF_POLICIES, type: WAF_POLICY, extra: { properties: { policySettings: { mode: 'Prevention' } } } },
]);

/** Two gateways: a WAF_v2 gateway with a hardened policy, and a Standard_v2 one on the 2015 TLS policy without HTTP/2. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { GATEWAY, WAF_POLICY } from './state.js';

const policy = demoArm('rg-web', WAF_POLICY, 'acme-waf', {
  policySettings: { state: 'Enabled', mode: 'Prevention', requestBodyCheck: true },
  managedRules: {
    managedRuleSets: [
      { ruleSetType: 'OWASP', ruleSetVersion: '3.2' },
      { ruleSetType: 'Microsoft_BotManagerRuleSet', ruleSetVersion: '1.1' },
    ],
  },
});
const front = demoArm('rg-web', GATEWAY, 'acme-front-door', {
  sku: { name: 'WAF_v2', tier: 'WAF_v2' },
  enableHttp2: true,
  sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101S' },
  firewallPolicy: { id: policy.id },
});
const legacy = demoArm('rg-web', GATEWAY, 'acme-partner-gw', {
  sku: { name: 'Standard_v2', tier: 'Standard_v2' },
  enableHttp2: false,
  sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20150501' },
});

export const appGatewayDemo: ReplayRoutes = {
  [demoList(GATEWAY)]: page([front, legacy]),
  [demoList(WAF_POLICY)]: page([policy]),
};

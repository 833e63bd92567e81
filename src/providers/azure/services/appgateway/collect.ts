/** Application gateways and their WAF policies: two subscription-wide lists through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { type ApplicationGateway, AZURE_APP_GATEWAYS, AZURE_WAF_POLICIES, GATEWAY, WAF_POLICY, type WafPolicy } from './state.js';

const VERSION = '2024-01-01';

const GATEWAY_SHAPE: Shape<ApplicationGateway> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: {
    sku: { name: true, tier: true },
    enableHttp2: true,
    sslPolicy: { policyType: true, policyName: true, minProtocolVersion: true },
    webApplicationFirewallConfiguration: { enabled: true, firewallMode: true, requestBodyCheck: true },
    firewallPolicy: { id: true },
  },
};
const POLICY_SHAPE: Shape<WafPolicy> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: {
    policySettings: { state: true, mode: true, requestBodyCheck: true },
    managedRules: {
      managedRuleSets: {
        ruleSetType: true,
        ruleSetVersion: true,
        ruleGroupOverrides: { ruleGroupName: true, rules: { ruleId: true, state: true } },
      },
    },
  },
};

export const appGatewayCollectors = [
  armList(AZURE_APP_GATEWAYS, GATEWAY, VERSION, GATEWAY_SHAPE, withTags),
  armList(AZURE_WAF_POLICIES, WAF_POLICY, VERSION, POLICY_SHAPE, withTags),
] as readonly AzureCollector<unknown>[];

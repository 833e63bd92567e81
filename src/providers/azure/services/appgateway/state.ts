/** Application Gateway and WAF policy state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const GATEWAY = 'Microsoft.Network/applicationGateways';
export const WAF_POLICY = 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies';

/** `GET /subscriptions/{id}/providers/Microsoft.Network/applicationGateways`. */
export interface ApplicationGateway extends ArmResource {
  properties: {
    /** `tier`: `Standard`, `Standard_v2`, `WAF`, `WAF_v2`, `Basic`. */
    sku?: { name?: string; tier?: string };
    /** Absent or false: HTTP/2 is off for clients. */
    enableHttp2?: boolean;
    /** Absent when no policy was set explicitly. */
    sslPolicy?: { policyType?: string; policyName?: string; minProtocolVersion?: string };
    /** The legacy in-gateway WAF configuration (before WAF policies). */
    webApplicationFirewallConfiguration?: { enabled?: boolean; firewallMode?: string; requestBodyCheck?: boolean };
    /** The associated WAF policy. */
    firewallPolicy?: { id: string };
  };
}

interface RuleGroupOverride {
  ruleGroupName: string;
  rules?: { ruleId: string; state?: string }[];
}

/** `GET /subscriptions/{id}/providers/Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies`. */
export interface WafPolicy extends ArmResource {
  properties: {
    /** `state`: `Enabled` or `Disabled`; `mode`: `Prevention` or `Detection`. */
    policySettings?: { state?: string; mode?: string; requestBodyCheck?: boolean };
    managedRules?: { managedRuleSets?: { ruleSetType: string; ruleSetVersion?: string; ruleGroupOverrides?: RuleGroupOverride[] }[] };
  };
}

export const AZURE_APP_GATEWAYS = inventoryKey<ApplicationGateway[]>('azure.appgateway.gateways', 'global');
export const AZURE_WAF_POLICIES = inventoryKey<WafPolicy[]>('azure.appgateway.wafPolicies', 'global');

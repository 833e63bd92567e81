/** The WAF a gateway uses: its associated policy, the legacy in-gateway configuration, or none. */
import type { CheckContext } from '../../../../model/check.js';
import { readFetched } from '../../../check-kit.js';
import { normalArmId } from '../../arm-state.js';
import { missing, type Verdict } from '../../service-kit/check.js';
import { listApi } from '../../service-kit/collect.js';
import { type ApplicationGateway, AZURE_WAF_POLICIES, WAF_POLICY, type WafPolicy } from './state.js';

export type GatewayWaf = { kind: 'policy'; policy: WafPolicy } | { kind: 'legacy' } | { kind: 'none' };

/** Which WAF applies to the gateway, or the verdict that stops the check (an unreadable or unknown policy). */
export function wafOf(ctx: CheckContext, g: ApplicationGateway): GatewayWaf | Verdict {
  const policyId = g.properties.firewallPolicy?.id;
  if (policyId) {
    const policies = readFetched(ctx, AZURE_WAF_POLICIES);
    if (!policies.ok) return { status: 'error', error: policies.error };
    const policy = policies.value.find((p) => normalArmId(p.id) === normalArmId(policyId));
    if (!policy) {
      const { api, actions } = listApi(WAF_POLICY);
      return missing(api, actions[0]!, `WAF policy ${policyId} of gateway ${g.name} is not in the policy list`);
    }
    return { kind: 'policy', policy };
  }
  const tier = g.properties.sku?.tier ?? '';
  return tier.startsWith('WAF') && g.properties.webApplicationFirewallConfiguration?.enabled ? { kind: 'legacy' } : { kind: 'none' };
}

export function isVerdict(x: GatewayWaf | Verdict): x is Verdict {
  return 'status' in x;
}

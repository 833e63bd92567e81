import { either, itemCheck, skip } from '../../../service-kit/check.js';
import { AZURE_APP_GATEWAYS, AZURE_WAF_POLICIES, GATEWAY } from '../state.js';
import { isVerdict, wafOf } from '../waf.js';

export const appGatewayWafPreventionMode = itemCheck(
  {
    id: 'azure.appgateway.waf-prevention-mode',
    title: 'Application gateway WAFs block, not only detect',
    service: 'appgateway',
    resourceType: GATEWAY,
    severity: 'medium',
    rationale:
      'One result per gateway with a WAF. Passes when the WAF policy (or legacy configuration) runs in Prevention mode, which blocks matching requests. Fails in Detection mode, which only logs them. Gateways without a WAF are not applicable (see azure.appgateway.waf-enabled).',
    remediation: {
      text: 'Tune exclusions in Detection mode, then switch the policy to Prevention.',
      cli: 'az network application-gateway waf-policy update --ids <waf-policy-id> --policy-settings mode=Prevention',
    },
  },
  AZURE_APP_GATEWAYS,
  (g, ctx) => {
    const waf = wafOf(ctx, g);
    if (isVerdict(waf)) return waf;
    if (waf.kind === 'none') return skip('no-waf', `Gateway ${g.name} has no WAF.`);
    const mode =
      (waf.kind === 'policy'
        ? waf.policy.properties.policySettings?.mode
        : g.properties.webApplicationFirewallConfiguration?.firewallMode) ?? 'Detection';
    return either(
      mode === 'Prevention',
      ['prevention', `Gateway ${g.name} WAF blocks matching requests.`],
      ['detection-only', `Gateway ${g.name} WAF only detects (${mode}).`],
      { mode },
    );
  },
  [AZURE_WAF_POLICIES],
);

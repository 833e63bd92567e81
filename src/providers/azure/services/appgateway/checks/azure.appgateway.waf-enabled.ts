import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_APP_GATEWAYS, AZURE_WAF_POLICIES, GATEWAY } from '../state.js';
import { isVerdict, wafOf } from '../waf.js';

export const appGatewayWafEnabled = itemCheck(
  {
    id: 'azure.appgateway.waf-enabled',
    title: 'Application gateways have a web application firewall',
    service: 'appgateway',
    resourceType: GATEWAY,
    severity: 'high',
    rationale:
      'One result per application gateway. Passes when the gateway is on a WAF tier and has an associated WAF policy whose state is Enabled, or (older gateways) an enabled in-gateway WAF configuration. Fails for Standard and Basic tiers, a disabled policy, or a disabled configuration. An associated policy missing from the policy list is an error.',
    remediation: {
      text: 'Move the gateway to the WAF_v2 tier and associate an enabled WAF policy.',
      cli: 'az network application-gateway update --resource-group <group> --name <gateway> --sku WAF_v2 --set firewallPolicy.id=<waf-policy-id>',
    },
    cis: ['7.10'],
  },
  AZURE_APP_GATEWAYS,
  (g, ctx) => {
    const waf = wafOf(ctx, g);
    if (isVerdict(waf)) return waf;
    const tier = g.properties.sku?.tier ?? null;
    const on = waf.kind === 'legacy' || (waf.kind === 'policy' && (waf.policy.properties.policySettings?.state ?? 'Enabled') === 'Enabled');
    return either(
      on,
      ['waf-enabled', `Gateway ${g.name} filters requests with a WAF.`],
      ['no-waf', `Gateway ${g.name} has no enabled WAF (tier ${tier ?? 'unknown'}).`],
      { tier, waf: waf.kind },
    );
  },
  [AZURE_WAF_POLICIES],
);

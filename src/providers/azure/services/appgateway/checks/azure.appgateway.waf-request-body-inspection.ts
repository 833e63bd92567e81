import { either, itemCheck, skip } from '../../../service-kit/check.js';
import { AZURE_APP_GATEWAYS, AZURE_WAF_POLICIES, GATEWAY } from '../state.js';
import { isVerdict, wafOf } from '../waf.js';

export const appGatewayWafRequestBodyInspection = itemCheck(
  {
    id: 'azure.appgateway.waf-request-body-inspection',
    title: 'Application gateway WAFs inspect request bodies',
    service: 'appgateway',
    resourceType: GATEWAY,
    severity: 'medium',
    rationale:
      'One result per gateway with a WAF. Passes when `requestBodyCheck` is true in the WAF policy settings (or legacy configuration); fails when false, leaving SQL injection and script payloads in POST bodies unexamined. Gateways without a WAF are not applicable.',
    remediation: {
      text: 'Enable "Enforce request body inspection" in the WAF policy settings.',
      cli: 'az network application-gateway waf-policy update --ids <waf-policy-id> --policy-settings request-body-check=true',
    },
    cis: ['7.14'],
  },
  AZURE_APP_GATEWAYS,
  (g, ctx) => {
    const waf = wafOf(ctx, g);
    if (isVerdict(waf)) return waf;
    if (waf.kind === 'none') return skip('no-waf', `Gateway ${g.name} has no WAF.`);
    const check =
      waf.kind === 'policy'
        ? waf.policy.properties.policySettings?.requestBodyCheck
        : g.properties.webApplicationFirewallConfiguration?.requestBodyCheck;
    return either(
      check === true,
      ['body-inspected', `Gateway ${g.name} WAF inspects request bodies.`],
      ['body-not-inspected', `Gateway ${g.name} WAF does not inspect request bodies.`],
      {
        requestBodyCheck: check ?? false,
      },
    );
  },
  [AZURE_WAF_POLICIES],
);

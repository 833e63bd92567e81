import { either, itemCheck, skip } from '../../../service-kit/check.js';
import { AZURE_APP_GATEWAYS, AZURE_WAF_POLICIES, GATEWAY } from '../state.js';
import { isVerdict, wafOf } from '../waf.js';

export const appGatewayWafBotProtection = itemCheck(
  {
    id: 'azure.appgateway.waf-bot-protection',
    title: 'Application gateway WAFs block known bad bots',
    service: 'appgateway',
    resourceType: GATEWAY,
    severity: 'low',
    rationale:
      'One result per gateway with a WAF. Passes when the WAF policy includes the `Microsoft_BotManagerRuleSet` managed rule set and no override disables a rule of its `KnownBadBots` group. Fails otherwise; a legacy in-gateway WAF configuration cannot carry bot rules and fails. Gateways without a WAF are not applicable.',
    remediation: {
      text: 'Add the Microsoft_BotManagerRuleSet managed rule set to the gateway\u2019s WAF policy.',
      cli: 'az network application-gateway waf-policy managed-rule rule-set add --resource-group <group> --policy-name <policy> --type Microsoft_BotManagerRuleSet --version 1.1',
    },
    cis: ['7.15'],
  },
  AZURE_APP_GATEWAYS,
  (g, ctx) => {
    const waf = wafOf(ctx, g);
    if (isVerdict(waf)) return waf;
    if (waf.kind === 'none') return skip('no-waf', `Gateway ${g.name} has no WAF.`);
    const sets = waf.kind === 'policy' ? (waf.policy.properties.managedRules?.managedRuleSets ?? []) : [];
    const bots = sets.find((s) => s.ruleSetType === 'Microsoft_BotManagerRuleSet');
    const weakened = (bots?.ruleGroupOverrides ?? []).some(
      (o) => o.ruleGroupName === 'KnownBadBots' && (o.rules ?? []).some((r) => (r.state ?? '').toLowerCase() === 'disabled'),
    );
    return either(
      Boolean(bots) && !weakened,
      ['bots-blocked', `Gateway ${g.name} WAF applies the bot manager rule set.`],
      ['no-bot-protection', `Gateway ${g.name} WAF has no effective bot protection.`],
      {
        botRuleSet: bots?.ruleSetVersion ?? null,
        knownBadBotsDisabled: weakened,
      },
    );
  },
  [AZURE_WAF_POLICIES],
);

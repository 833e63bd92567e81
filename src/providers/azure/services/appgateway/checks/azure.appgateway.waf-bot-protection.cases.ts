import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { gateway, gatewayCases, policy, withPolicy } from '../cases.fixtures.js';
import { appGatewayWafBotProtection as check } from './azure.appgateway.waf-bot-protection.js';

const p = policy('p');
const off = policy('off', { policySettings: { state: 'Disabled', mode: 'Prevention', requestBodyCheck: true } });
const detect = policy('detect', { policySettings: { state: 'Enabled', mode: 'Detection', requestBodyCheck: true } });
const nobody = policy('nobody', { policySettings: { state: 'Enabled', mode: 'Prevention', requestBodyCheck: false } });
const bots = policy('bots', {
  managedRules: {
    managedRuleSets: [
      { ruleSetType: 'OWASP', ruleSetVersion: '3.2' },
      { ruleSetType: 'Microsoft_BotManagerRuleSet', ruleSetVersion: '1.1' },
    ],
  },
});
const weak = policy('weak', {
  managedRules: {
    managedRuleSets: [
      {
        ruleSetType: 'Microsoft_BotManagerRuleSet',
        ruleGroupOverrides: [{ ruleGroupName: 'KnownBadBots', rules: [{ ruleId: 'Bot100100', state: 'Disabled' }] }],
      },
    ],
  },
});
void [p, off, detect, nobody, bots, weak, gateway, withPolicy];

export const table: CheckCases = {
  check,
  cases: gatewayCases([
    ['the bot rule set passes', [withPolicy('g', bots)], [bots], [['pass', 'bots-blocked']]],
    ['KnownBadBots disabled fails', [withPolicy('g', weak)], [weak], [['fail', 'no-bot-protection']]],
    ['no bot rule set fails', [withPolicy('g', p)], [p], [['fail', 'no-bot-protection']]],
    ['no WAF is not applicable', [gateway('g', { sku: { tier: 'Standard_v2' } })], [], [['not_applicable', 'no-waf']]],
  ]),
};

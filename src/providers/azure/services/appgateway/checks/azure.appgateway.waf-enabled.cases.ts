import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { gateway, gatewayCases, policy, withPolicy } from '../cases.fixtures.js';
import { appGatewayWafEnabled as check } from './azure.appgateway.waf-enabled.js';

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
    ['an enabled policy passes', [withPolicy('g', p)], [p], [['pass', 'waf-enabled']]],
    [
      'a legacy enabled WAF config passes',
      [gateway('g', { webApplicationFirewallConfiguration: { enabled: true } })],
      [],
      [['pass', 'waf-enabled']],
    ],
    ['a Standard_v2 gateway fails', [gateway('g', { sku: { tier: 'Standard_v2' } })], [], [['fail', 'no-waf']]],
    ['a disabled policy fails', [withPolicy('g', off)], [off], [['fail', 'no-waf']]],
    ['a policy missing from the list is an error', [withPolicy('g', p)], [], [['error', 'error.unknown']]],
  ]),
};

import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { gateway, gatewayCases, policy, withPolicy } from '../cases.fixtures.js';
import { appGatewayHttp2Enabled as check } from './azure.appgateway.http2-enabled.js';

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
  cases: gatewayCases(
    [
      ['enabled passes', [gateway('g', { enableHttp2: true })], [], [['pass', 'http2-enabled']]],
      ['absent fails', [gateway('g')], [], [['fail', 'http2-disabled']]],
    ],
    false,
  ),
};

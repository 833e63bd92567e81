import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { gateway, gatewayCases, policy, withPolicy } from '../cases.fixtures.js';
import { appGatewayMinimumTls as check } from './azure.appgateway.minimum-tls.js';

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
      [
        'predefined 20220101S passes',
        [gateway('g', { sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101S' } })],
        [],
        [['pass', 'tls-modern']],
      ],
      [
        'custom TLSv1_2 passes',
        [gateway('g', { sslPolicy: { policyType: 'CustomV2', minProtocolVersion: 'TLSv1_2' } })],
        [],
        [['pass', 'tls-modern']],
      ],
      [
        'predefined 20150501 fails',
        [gateway('g', { sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20150501' } })],
        [],
        [['fail', 'tls-legacy']],
      ],
      ['no SSL policy is an error, not a guessed default', [gateway('g')], [], [['error', 'error.unknown']]],
    ],
    false,
  ),
};

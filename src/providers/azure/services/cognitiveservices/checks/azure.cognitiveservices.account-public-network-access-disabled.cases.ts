import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { account } from '../cases.fixtures.js';
import { AI_ACCOUNT, AZURE_AI_ACCOUNTS } from '../state.js';
import { cognitiveservicesAccountPublicNetworkAccessDisabled as check } from './azure.cognitiveservices.account-public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AI_ACCOUNTS, AI_ACCOUNT, [
    ['public access disabled passes', [account('a', { publicNetworkAccess: 'Disabled' })], [['pass', 'public-disabled']]],
    [
      'enabled with a Deny firewall passes',
      [account('a', { publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Deny', ipRules: [{ value: '203.0.113.0/24' }] } })],
      [['pass', 'firewall-restricted']],
    ],
    [
      'enabled with an Allow firewall fails',
      [account('a', { publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Allow', ipRules: [] } })],
      [['fail', 'open-to-all']],
    ],
    ['nothing set fails', [account('a')], [['fail', 'open-to-all']]],
    [
      'a Deny firewall with a /0 rule fails',
      [account('a', { publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Deny', ipRules: [{ value: '0.0.0.0/0' }] } })],
      [['fail', 'open-to-all']],
    ],
  ]),
};

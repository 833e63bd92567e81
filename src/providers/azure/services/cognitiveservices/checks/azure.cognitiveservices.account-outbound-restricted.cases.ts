import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { account } from '../cases.fixtures.js';
import { AI_ACCOUNT, AZURE_AI_ACCOUNTS } from '../state.js';
import { cognitiveservicesAccountOutboundRestricted as check } from './azure.cognitiveservices.account-outbound-restricted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AI_ACCOUNTS, AI_ACCOUNT, [
    [
      'restricted passes',
      [account('a', { restrictOutboundNetworkAccess: true, allowedFqdnList: ['acme.blob.core.windows.net'] })],
      [['pass', 'outbound-restricted']],
    ],
    ['false fails', [account('a', { restrictOutboundNetworkAccess: false })], [['fail', 'outbound-open']]],
    ['absent fails (the default allows any host)', [account('a')], [['fail', 'outbound-open']]],
  ]),
};

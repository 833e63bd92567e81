import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { listener, withListeners } from '../state.fixtures.js';
import { elbv2HttpRedirectsToHttps as check } from './aws.elbv2.http-redirects-to-https.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'redirecting HTTP passes',
      snapshot: withListeners([listener('HTTP', 80, { redirectProtocol: 'HTTPS' }), listener('HTTPS', 443)]),
      expected: [['pass', 'redirects']],
    },
    { name: 'HTTPS only passes', snapshot: withListeners([listener('HTTPS', 443)]), expected: [['pass', 'no-http']] },
    { name: 'forwarding HTTP fails', snapshot: withListeners([listener('HTTP', 80)]), expected: [['fail', 'serves-http']] },
    {
      name: 'NLB is not applicable',
      snapshot: withListeners([listener('TCP', 80)], { type: 'network' }),
      expected: [['not_applicable', 'other-type']],
    },
    {
      name: 'unreadable listeners are an error',
      snapshot: withListeners(denied('elbv2:DescribeListeners')),
      expected: [['error', 'error.denied']],
    },
  ],
};

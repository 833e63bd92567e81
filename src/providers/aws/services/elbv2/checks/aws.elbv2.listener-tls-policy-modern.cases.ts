import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { listener, withListeners } from '../state.fixtures.js';
import { elbv2ListenerTlsPolicyModern as check } from './aws.elbv2.listener-tls-policy-modern.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'TLS 1.2+ policy passes',
      snapshot: withListeners([listener('HTTPS', 443, { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }), listener('HTTP', 80)]),
      expected: [['pass', 'tls12']],
    },
    {
      name: 'the 2016-08 default fails',
      snapshot: withListeners([listener('HTTPS', 443, { sslPolicy: 'ELBSecurityPolicy-2016-08' })]),
      expected: [['fail', 'legacy-tls']],
    },
    {
      name: 'a TLS 1.3 policy that still takes 1.1 fails',
      snapshot: withListeners([listener('TLS', 8443, { sslPolicy: 'ELBSecurityPolicy-TLS13-1-1-2021-06' })], { type: 'network' }),
      expected: [['fail', 'legacy-tls']],
    },
    {
      name: 'HTTP only is not applicable',
      snapshot: withListeners([listener('HTTP', 80)]),
      expected: [['not_applicable', 'no-tls-listener']],
    },
    {
      name: 'unreadable listeners are an error',
      snapshot: withListeners(denied('elbv2:DescribeListeners')),
      expected: [['error', 'error.denied']],
    },
  ],
};

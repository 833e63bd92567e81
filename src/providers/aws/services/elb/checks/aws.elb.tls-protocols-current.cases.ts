import { type CheckCases, throttled } from '../../../../../../test/support/snapshot.js';
import { listener, tlsPolicy, withPolicies } from '../state.fixtures.js';
import { elbTlsProtocolsCurrent as check } from './aws.elb.tls-protocols-current.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'TLS 1.2 only passes',
      snapshot: withPolicies([tlsPolicy(['Protocol-TLSv1.2', 'ECDHE-RSA-AES128-GCM-SHA256'])]),
      expected: [['pass', 'current']],
    },
    {
      name: 'TLS 1.0 enabled fails',
      snapshot: withPolicies([tlsPolicy(['Protocol-TLSv1', 'Protocol-TLSv1.2'])]),
      expected: [['fail', 'legacy-protocols']],
    },
    {
      name: 'a listener without a negotiation policy fails',
      snapshot: withPolicies([], [listener('SSL', 443)]),
      expected: [['fail', 'legacy-protocols']],
    },
    {
      name: 'no TLS listener is not applicable',
      snapshot: withPolicies([], [listener('HTTP', 80)]),
      expected: [['not_applicable', 'no-tls-listener']],
    },
    { name: 'throttled policies are an error', snapshot: withPolicies(throttled()), expected: [['error', 'error.throttled']] },
  ],
};

import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { listener, tlsPolicy, withPolicies } from '../state.fixtures.js';
import { elbTlsCiphersStrong as check } from './aws.elb.tls-ciphers-strong.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'AES-GCM only passes',
      snapshot: withPolicies([tlsPolicy(['Protocol-TLSv1.2', 'ECDHE-RSA-AES128-GCM-SHA256'])]),
      expected: [['pass', 'strong']],
    },
    {
      name: 'RC4 enabled fails',
      snapshot: withPolicies([tlsPolicy(['Protocol-TLSv1.2', 'RC4-SHA'])]),
      expected: [['fail', 'weak-ciphers']],
    },
    { name: 'triple DES enabled fails', snapshot: withPolicies([tlsPolicy(['DES-CBC3-SHA'])]), expected: [['fail', 'weak-ciphers']] },
    {
      name: 'no TLS listener is not applicable',
      snapshot: withPolicies([], [listener('TCP', 22)]),
      expected: [['not_applicable', 'no-tls-listener']],
    },
    { name: 'denied policies are an error', snapshot: withPolicies(denied()), expected: [['error', 'error.denied']] },
  ],
};

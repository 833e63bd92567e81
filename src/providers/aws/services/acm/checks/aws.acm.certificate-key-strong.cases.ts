import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { ACM_CERTIFICATES } from '../state.js';
import { cert } from './acm.fixtures.js';
import { acmCertificateKeyStrong as check } from './aws.acm.certificate-key-strong.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(ACM_CERTIFICATES, cert()), expected: [['pass', 'strong-key']] },
    { name: 'fails', snapshot: listed(ACM_CERTIFICATES, cert({ keyAlgorithm: 'RSA_1024' })), expected: [['fail', 'weak-key']] },
    {
      name: 'an EC key passes',
      snapshot: listed(ACM_CERTIFICATES, cert({ keyAlgorithm: 'EC_prime256v1' })),
      expected: [['pass', 'strong-key']],
    },
    { name: 'no resources, no findings', snapshot: listed(ACM_CERTIFICATES), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(ACM_CERTIFICATES, 'svc:List'), expected: [['error', 'error.denied']] },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(ACM_CERTIFICATES, 'svc:List'),
      expected: [['error', 'error.throttled']],
    },
  ],
};

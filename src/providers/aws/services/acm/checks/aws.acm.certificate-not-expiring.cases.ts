import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { ACM_CERTIFICATES } from '../state.js';
import { cert } from './acm.fixtures.js';
import { acmCertificateNotExpiring as check } from './aws.acm.certificate-not-expiring.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(ACM_CERTIFICATES, cert()), expected: [['pass', 'valid']] },
    { name: 'fails', snapshot: listed(ACM_CERTIFICATES, cert({ notAfter: '2026-11-20T00:00:00.000Z' })), expected: [['fail', 'expiring']] },
    {
      name: 'expired fails',
      snapshot: listed(ACM_CERTIFICATES, cert({ status: 'EXPIRED', notAfter: '2026-10-01T00:00:00.000Z' })),
      expected: [['fail', 'expired']],
    },
    {
      name: 'pending validation is not applicable',
      snapshot: listed(ACM_CERTIFICATES, cert({ status: 'PENDING_VALIDATION', notAfter: undefined })),
      expected: [['not_applicable', 'not-issued']],
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

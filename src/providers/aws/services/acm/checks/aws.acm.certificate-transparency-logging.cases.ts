import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { deniedKey, R } from '../../cases.fixtures.js';
import { ACM_CERTIFICATES, ACM_TRANSPARENCY } from '../state.js';
import { cert } from './acm.fixtures.js';
import { acmCertificateTransparencyLogging as check } from './aws.acm.certificate-transparency-logging.js';

const c = cert();
const with_ = (p: Fetched<string>) =>
  snapshot()
    .regional(ACM_CERTIFICATES, R, [c])
    .regional(ACM_TRANSPARENCY, R, { [c.arn]: p });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'logged passes', snapshot: with_(ok('ENABLED')), expected: [['pass', 'ct-logged']] },
    { name: 'opted out fails', snapshot: with_(ok('DISABLED')), expected: [['fail', 'ct-disabled']] },
    {
      name: 'an imported certificate is not applicable',
      snapshot: snapshot()
        .regional(ACM_CERTIFICATES, R, [cert({ type: 'IMPORTED' })])
        .regional(ACM_TRANSPARENCY, R, {}),
      expected: [['not_applicable', 'not-amazon-issued']],
    },
    {
      name: 'an unreadable certificate is an error',
      snapshot: with_(denied('acm:DescribeCertificate')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(ACM_CERTIFICATES, 'acm:ListCertificates'),
      expected: [['error', 'error.denied']],
    },
  ],
};

import { ACCOUNT, type CheckCases, daysAgo, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { IAM_SERVER_CERTIFICATES } from '../state.js';
import { iamNoExpiredServerCertificates } from './aws.iam.no-expired-server-certificates.js';

const cert = (name: string, expiration: string) => ({ name, arn: `arn:aws:iam::${ACCOUNT}:server-certificate/${name}`, expiration });

export const table: CheckCases = {
  check: iamNoExpiredServerCertificates,
  cases: [
    {
      name: 'one finding per certificate, expired ones failing',
      snapshot: snapshot().global(IAM_SERVER_CERTIFICATES, [cert('old', daysAgo(3)), cert('current', daysAgo(-90))]),
      expected: [
        ['fail', 'certificate-expired'],
        ['pass', 'certificate-valid'],
      ],
    },
    {
      name: 'passes an account without server certificates',
      snapshot: snapshot().global(IAM_SERVER_CERTIFICATES, []),
      expected: [['pass', 'no-server-certificates']],
    },
    {
      name: 'is an error when the listing stays throttled',
      snapshot: snapshot().global(IAM_SERVER_CERTIFICATES, throttled('iam:ListServerCertificates')),
      expected: [['error', 'error.throttled']],
    },
  ],
};

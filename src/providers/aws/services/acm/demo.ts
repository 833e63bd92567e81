import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const arn = (region: string, id: string) => `arn:aws:acm:${region}:${DEMO_ACCOUNT}:certificate/${id}`;
const inDays = (days: number) => demoDaysAgo(-days);

/** Certificates in us-east-1 (CloudFront) and eu-west-1: a healthy one, one about to lapse, and an old imported 1024-bit one. */
function summaries(region: string) {
  if (region === 'us-east-1')
    return [
      {
        CertificateArn: arn(region, '0a1b2c3d-www'),
        DomainName: 'www.example.com',
        Status: 'ISSUED',
        Type: 'AMAZON_ISSUED',
        KeyAlgorithm: 'EC_prime256v1',
        NotAfter: inDays(240),
        InUse: true,
      },
    ];
  if (region === 'eu-west-1')
    return [
      {
        CertificateArn: arn(region, '1b2c3d4e-api'),
        DomainName: 'api.example.com',
        Status: 'ISSUED',
        Type: 'AMAZON_ISSUED',
        KeyAlgorithm: 'RSA_2048',
        NotAfter: inDays(12),
        InUse: true,
      },
      {
        CertificateArn: arn(region, '2c3d4e5f-legacy'),
        DomainName: 'legacy.example.com',
        Status: 'ISSUED',
        Type: 'IMPORTED',
        KeyAlgorithm: 'RSA_1024',
        NotAfter: inDays(90),
        InUse: false,
      },
    ];
  return [];
}

export const acmDemo: Partial<Record<string, FakeHandlers>> = {
  acm: {
    ListCertificates: (_input, region) => ({ CertificateSummaryList: summaries(region) }),
    DescribeCertificate: (input) => ({
      Certificate: {
        CertificateArn: input.CertificateArn,
        // The API certificate was requested with transparency logging turned off.
        Options: { CertificateTransparencyLoggingPreference: String(input.CertificateArn).endsWith('-api') ? 'DISABLED' : 'ENABLED' },
      },
    }),
  },
};

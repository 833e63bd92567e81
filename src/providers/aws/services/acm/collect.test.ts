import { ACMClient, DescribeCertificateCommand, ListCertificatesCommand } from '@aws-sdk/client-acm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ACM_CERTIFICATES, ACM_TRANSPARENCY } from './state.js';

let acm = mockClient(ACMClient);
afterEach(() => acm.reset());
const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv, id: string) => inv[id]![R]!.result;

describe('aws.acm collectors', () => {
  it('lists every key type across pages and describes only Amazon-issued certificates', async () => {
    acm
      .on(ListCertificatesCommand)
      .resolvesOnce({
        CertificateSummaryList: [
          {
            CertificateArn: 'arn:a',
            DomainName: 'a.example',
            Type: 'AMAZON_ISSUED',
            Status: 'ISSUED',
            KeyAlgorithm: 'RSA_2048',
            NotAfter: new Date('2027-01-01T00:00:00Z'),
            InUse: true,
          },
        ],
        NextToken: 't',
      })
      .resolvesOnce({
        CertificateSummaryList: [
          { CertificateArn: 'arn:b', DomainName: 'b.example', Type: 'IMPORTED', Status: 'ISSUED', KeyAlgorithm: 'RSA_1024' },
        ],
      });
    acm
      .on(DescribeCertificateCommand)
      .resolves({ Certificate: { CertificateArn: 'arn:a', Options: { CertificateTransparencyLoggingPreference: 'DISABLED' } } });
    const { inventory } = await collect([ACM_TRANSPARENCY]);
    const first = acm.commandCalls(ListCertificatesCommand)[0]!.args[0].input;
    expect(first.Includes?.keyTypes).toEqual(expect.arrayContaining(['RSA_1024', 'RSA_2048', 'EC_prime256v1']));
    expect(acm.commandCalls(ListCertificatesCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory, ACM_CERTIFICATES.id)).toEqual({
      ok: true,
      value: [
        {
          arn: 'arn:a',
          name: 'a.example',
          status: 'ISSUED',
          type: 'AMAZON_ISSUED',
          keyAlgorithm: 'RSA_2048',
          notAfter: '2027-01-01T00:00:00.000Z',
          inUse: true,
        },
        { arn: 'arn:b', name: 'b.example', status: 'ISSUED', type: 'IMPORTED', keyAlgorithm: 'RSA_1024', inUse: false },
      ],
    });
    expect(acm.commandCalls(DescribeCertificateCommand)).toHaveLength(1);
    expect(result(inventory, ACM_TRANSPARENCY.id)).toEqual({ ok: true, value: { 'arn:a': { ok: true, value: 'DISABLED' } } });
  });

  it('classifies a denied ListCertificates as denied', async () => {
    acm.on(ListCertificatesCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([ACM_TRANSPARENCY]);
    expect(result(inventory, ACM_TRANSPARENCY.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'acm:ListCertificates' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    acm.restore();
    try {
      const list = throttledThen({ CertificateSummaryList: [] }, 2);
      const { inventory, stats } = await collect([ACM_CERTIFICATES], { client: { configure: fakeService({ ListCertificates: list }) } });
      expect(result(inventory, ACM_CERTIFICATES.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['acm:ListCertificates']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      acm = mockClient(ACMClient);
    }
  });
});

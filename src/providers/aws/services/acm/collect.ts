import type { ACMClient } from '@aws-sdk/client-acm';
import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { ACM_CERTIFICATES, ACM_TRANSPARENCY, type Certificate } from './state.js';

export const ACM = awsClient<ACMClient>('acm', 'acm', async () => (await import('@aws-sdk/client-acm')).ACMClient);

const LIST_CERTIFICATES = api('acm:ListCertificates');
const DESCRIBE_CERTIFICATE = api('acm:DescribeCertificate');

const certificates: AwsCollector<readonly Certificate[]> = {
  key: ACM_CERTIFICATES,
  service: 'acm',
  apis: [LIST_CERTIFICATES],
  async collect(ctx, region) {
    const { paginateListCertificates, KeyAlgorithm } = await import('@aws-sdk/client-acm');
    const client = await ctx.client(ACM, region);
    const out: Certificate[] = [];
    // Without Includes.keyTypes, ListCertificates returns only RSA_2048 certificates and would hide weak keys.
    const input = { Includes: { keyTypes: Object.values(KeyAlgorithm) } };
    await ctx.call(LIST_CERTIFICATES, async () => {
      for await (const page of paginateListCertificates({ client, pageSize: 1000 }, input)) {
        for (const c of page.CertificateSummaryList ?? []) {
          if (!c.CertificateArn) continue;
          out.push({
            arn: c.CertificateArn,
            name: c.DomainName ?? c.CertificateArn,
            status: c.Status ?? 'UNKNOWN',
            type: c.Type ?? 'UNKNOWN',
            keyAlgorithm: c.KeyAlgorithm ?? 'UNKNOWN',
            ...(c.NotAfter ? { notAfter: c.NotAfter.toISOString() } : {}),
            inUse: c.InUse === true,
          });
        }
      }
    });
    return out;
  },
};

// Only Amazon-issued certificates are logged publicly, and only DescribeCertificate says whether.
const transparency: AwsCollector<PerResource<string>> = {
  key: ACM_TRANSPARENCY,
  service: 'acm',
  apis: [DESCRIBE_CERTIFICATE],
  dependsOn: [ACM_CERTIFICATES],
  async collect(ctx, region) {
    const { DescribeCertificateCommand } = await import('@aws-sdk/client-acm');
    const list = await ctx.need(ACM_CERTIFICATES, region);
    const client = await ctx.client(ACM, region);
    return perResource(
      list.filter((c) => c.type === 'AMAZON_ISSUED'),
      (c) => c.arn,
      async (c): Promise<Fetched<string>> => {
        const res = await ctx.attempt(DESCRIBE_CERTIFICATE, () => client.send(new DescribeCertificateCommand({ CertificateArn: c.arn })));
        if (!res.ok) return res;
        const cert = res.value?.Certificate;
        if (!cert) return unreadable(DESCRIBE_CERTIFICATE, 'DescribeCertificate returned no certificate');
        // ACM documents ENABLED as the default when no preference was set.
        return ok(cert.Options?.CertificateTransparencyLoggingPreference ?? 'ENABLED');
      },
    );
  },
};

export const acmCollectors: readonly AwsCollector<unknown>[] = [certificates, transparency] as readonly AwsCollector<unknown>[];

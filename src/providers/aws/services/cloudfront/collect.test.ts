import {
  CloudFrontClient,
  type DistributionSummary,
  GetDistributionConfigCommand,
  ListDistributionsCommand,
} from '@aws-sdk/client-cloudfront';
import { CloudWatchLogsClient, DescribeDeliveriesCommand, DescribeDeliverySourcesCommand } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { CLOUDFRONT_DISTRIBUTIONS, CLOUDFRONT_LEGACY_LOGGING, CLOUDFRONT_LOG_DELIVERIES } from './state.js';

let cf = mockClient(CloudFrontClient);
let logs = mockClient(CloudWatchLogsClient);
afterEach(() => {
  cf.reset();
  logs.reset();
});

const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]!.global!.result;
// Only the fields the collector reads; the SDK type asks for many more.
const summary = (id: string): DistributionSummary =>
  ({
    Id: id,
    ARN: `arn:aws:cloudfront::111122223333:distribution/${id}`,
    DomainName: `${id}.cloudfront.net`,
    DefaultCacheBehavior: { ViewerProtocolPolicy: 'allow-all', TargetOriginId: 'o' },
    ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1' },
    Origins: {
      Quantity: 1,
      Items: [
        { Id: 'o', DomainName: 'b.s3.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E9' } },
      ],
    },
    WebACLId: '',
  }) as unknown as DistributionSummary;

describe('aws.cloudfront collectors', () => {
  it('follows ListDistributions pages, reads each configuration, and matches v2 log deliveries', async () => {
    cf.on(ListDistributionsCommand)
      .resolvesOnce({
        DistributionList: { Items: [summary('B')], IsTruncated: true, NextMarker: 'm', Quantity: 1, Marker: '', MaxItems: 1 },
      })
      .resolvesOnce({ DistributionList: { Items: [summary('A')], IsTruncated: false, Quantity: 1, Marker: 'm', MaxItems: 1 } });
    cf.on(GetDistributionConfigCommand, { Id: 'A' }).resolves({ DistributionConfig: { Logging: { Enabled: true } } as never });
    cf.on(GetDistributionConfigCommand, { Id: 'B' }).rejects(awsError('AccessDenied', 403));
    logs.on(DescribeDeliverySourcesCommand).resolves({
      deliverySources: [
        { name: 'src', service: 'cloudfront', logType: 'ACCESS_LOGS', resourceArns: ['arn:aws:cloudfront::111122223333:distribution/B'] },
      ],
    });
    logs.on(DescribeDeliveriesCommand).resolves({ deliveries: [{ deliverySourceName: 'src' }] });
    const { inventory } = await collect([CLOUDFRONT_DISTRIBUTIONS, CLOUDFRONT_LEGACY_LOGGING, CLOUDFRONT_LOG_DELIVERIES]);
    expect(cf.commandCalls(ListDistributionsCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm' });
    expect(result(inventory, CLOUDFRONT_DISTRIBUTIONS.id)).toMatchObject({
      ok: true,
      value: [
        {
          name: 'A',
          viewerProtocolPolicies: { '*': 'allow-all' },
          defaultCertificate: true,
          origins: [{ id: 'o', kind: 's3', originAccessIdentity: 'origin-access-identity/cloudfront/E9' }],
        },
        { name: 'B' },
      ],
    });
    expect(result(inventory, CLOUDFRONT_LEGACY_LOGGING.id)).toMatchObject({
      ok: true,
      value: { A: { ok: true, value: true }, B: { ok: false, error: { kind: 'denied' } } },
    });
    expect(result(inventory, CLOUDFRONT_LOG_DELIVERIES.id)).toEqual({
      ok: true,
      value: ['arn:aws:cloudfront::111122223333:distribution/B'],
    });
  });

  it('records AccessDenied as denied', async () => {
    cf.on(ListDistributionsCommand).rejects(awsError('AccessDenied', 403));
    logs.on(DescribeDeliverySourcesCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([CLOUDFRONT_LEGACY_LOGGING, CLOUDFRONT_LOG_DELIVERIES]);
    expect(result(inventory, CLOUDFRONT_LEGACY_LOGGING.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'cloudfront:ListDistributions' },
    });
    expect(result(inventory, CLOUDFRONT_LOG_DELIVERIES.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'logs:DescribeDeliverySources' },
    });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    cf.restore();
    logs.restore();
    try {
      const list = throttledThen({ DistributionList: { Items: [], IsTruncated: false, Quantity: 0 } }, 2, 'Throttling');
      const { inventory, stats } = await collect([CLOUDFRONT_DISTRIBUTIONS], {
        client: { configure: fakeService({ ListDistributions: list }) },
      });
      expect(result(inventory, CLOUDFRONT_DISTRIBUTIONS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['cloudfront:ListDistributions']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      cf = mockClient(CloudFrontClient);
      logs = mockClient(CloudWatchLogsClient);
    }
  });
});

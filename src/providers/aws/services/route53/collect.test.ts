import { GetDNSSECCommand, ListHostedZonesCommand, ListQueryLoggingConfigsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ROUTE53_DNSSEC, ROUTE53_QUERY_LOGGING, ROUTE53_ZONES } from './state.js';

let r53 = mockClient(Route53Client);
afterEach(() => r53.reset());

const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]!.global!.result;
const page = { IsTruncated: false, MaxItems: 100 };

describe('aws.route53 collectors', () => {
  it('follows zone pages and asks GetDNSSEC only for public zones', async () => {
    r53
      .on(ListHostedZonesCommand)
      .resolvesOnce({
        ...page,
        HostedZones: [{ Id: '/hostedzone/ZB', Name: 'b.example.', CallerReference: 'b', Config: { PrivateZone: true } }],
        IsTruncated: true,
        NextMarker: 'm',
      })
      .resolvesOnce({
        ...page,
        HostedZones: [
          { Id: '/hostedzone/ZA', Name: 'a.example.', CallerReference: 'a', Config: { PrivateZone: false } },
          { Id: '/hostedzone/ZC', Name: 'c.example.', CallerReference: 'c' },
        ],
      });
    r53.on(GetDNSSECCommand, { HostedZoneId: 'ZA' }).resolves({ Status: { ServeSignature: 'SIGNING' }, KeySigningKeys: [] });
    r53.on(GetDNSSECCommand, { HostedZoneId: 'ZC' }).rejects(awsError('AccessDenied', 403));
    r53
      .on(ListQueryLoggingConfigsCommand)
      .resolvesOnce({ QueryLoggingConfigs: [{ Id: '1', HostedZoneId: 'ZA', CloudWatchLogsLogGroupArn: 'arn:g1' }], NextToken: 't' })
      .resolvesOnce({ QueryLoggingConfigs: [{ Id: '2', HostedZoneId: 'ZB', CloudWatchLogsLogGroupArn: 'arn:g2' }] });
    const { inventory } = await collect([ROUTE53_ZONES, ROUTE53_DNSSEC, ROUTE53_QUERY_LOGGING]);
    expect(r53.commandCalls(ListHostedZonesCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm' });
    expect(result(inventory, ROUTE53_ZONES.id)).toEqual({
      ok: true,
      value: [
        { id: 'ZA', arn: 'arn:aws:route53:::hostedzone/ZA', name: 'a.example.', private: false },
        { id: 'ZB', arn: 'arn:aws:route53:::hostedzone/ZB', name: 'b.example.', private: true },
        { id: 'ZC', arn: 'arn:aws:route53:::hostedzone/ZC', name: 'c.example.', private: false },
      ],
    });
    expect(r53.commandCalls(GetDNSSECCommand)).toHaveLength(2);
    expect(result(inventory, ROUTE53_DNSSEC.id)).toMatchObject({
      ok: true,
      value: { ZA: { ok: true, value: 'SIGNING' }, ZC: { ok: false, error: { kind: 'denied', api: 'route53:GetDNSSEC' } } },
    });
    expect(r53.commandCalls(ListQueryLoggingConfigsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory, ROUTE53_QUERY_LOGGING.id)).toEqual({ ok: true, value: { ZA: 'arn:g1', ZB: 'arn:g2' } });
  });

  it('records AccessDenied on the zone listing as denied', async () => {
    r53.on(ListHostedZonesCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([ROUTE53_DNSSEC]);
    expect(result(inventory, ROUTE53_DNSSEC.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'route53:ListHostedZones' } });
    expect(r53.commandCalls(GetDNSSECCommand)).toHaveLength(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    r53.restore();
    try {
      const list = throttledThen({ QueryLoggingConfigs: [] }, 2, 'Throttling');
      const { inventory, stats } = await collect([ROUTE53_QUERY_LOGGING], {
        client: { configure: fakeService({ ListQueryLoggingConfigs: list }) },
      });
      expect(result(inventory, ROUTE53_QUERY_LOGGING.id)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['route53:ListQueryLoggingConfigs']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      r53 = mockClient(Route53Client);
    }
  });
});

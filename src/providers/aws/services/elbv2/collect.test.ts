import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ELBV2_ATTRIBUTES, ELBV2_LISTENERS, ELBV2_LOAD_BALANCERS } from './state.js';

let elb = mockClient(ElasticLoadBalancingV2Client);
afterEach(() => elb.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]![R]!.result;

describe('aws.elbv2 collectors', () => {
  it('follows load balancer pages and reads attributes and listeners per load balancer', async () => {
    elb
      .on(DescribeLoadBalancersCommand)
      .resolvesOnce({
        LoadBalancers: [{ LoadBalancerName: 'b', LoadBalancerArn: 'arn:b', Type: 'network', Scheme: 'internal' }],
        NextMarker: 'm',
      })
      .resolvesOnce({
        LoadBalancers: [{ LoadBalancerName: 'a', LoadBalancerArn: 'arn:a', Type: 'application', Scheme: 'internet-facing' }],
      });
    elb
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: 'arn:a' })
      .resolves({ Attributes: [{ Key: 'deletion_protection.enabled', Value: 'true' }] });
    elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: 'arn:b' }).rejects(awsError('AccessDenied', 403));
    elb.on(DescribeListenersCommand, { LoadBalancerArn: 'arn:a' }).resolves({
      Listeners: [
        {
          ListenerArn: 'l1',
          Protocol: 'HTTP',
          Port: 80,
          DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_301' } }],
        },
      ],
    });
    elb
      .on(DescribeListenersCommand, { LoadBalancerArn: 'arn:b' })
      .resolves({ Listeners: [{ ListenerArn: 'l2', Protocol: 'TLS', Port: 443, SslPolicy: 'p' }] });
    const { inventory } = await collect([ELBV2_LOAD_BALANCERS, ELBV2_ATTRIBUTES, ELBV2_LISTENERS]);
    expect(elb.commandCalls(DescribeLoadBalancersCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm' });
    expect(result(inventory, ELBV2_LOAD_BALANCERS.id)).toEqual({
      ok: true,
      value: [
        { name: 'a', arn: 'arn:a', type: 'application', scheme: 'internet-facing' },
        { name: 'b', arn: 'arn:b', type: 'network', scheme: 'internal' },
      ],
    });
    expect(result(inventory, ELBV2_ATTRIBUTES.id)).toMatchObject({
      ok: true,
      value: { 'arn:a': { ok: true, value: { 'deletion_protection.enabled': 'true' } }, 'arn:b': { ok: false, error: { kind: 'denied' } } },
    });
    expect(result(inventory, ELBV2_LISTENERS.id)).toEqual({
      ok: true,
      value: {
        'arn:a': { ok: true, value: [{ arn: 'l1', protocol: 'HTTP', port: 80, redirectProtocol: 'HTTPS' }] },
        'arn:b': { ok: true, value: [{ arn: 'l2', protocol: 'TLS', port: 443, sslPolicy: 'p' }] },
      },
    });
  });

  it('records AccessDenied on the listing as denied', async () => {
    elb.on(DescribeLoadBalancersCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([ELBV2_LISTENERS]);
    expect(result(inventory, ELBV2_LISTENERS.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'elbv2:DescribeLoadBalancers' },
    });
    expect(elb.commandCalls(DescribeListenersCommand)).toHaveLength(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    elb.restore();
    try {
      const list = throttledThen({ LoadBalancers: [] }, 2, 'Throttling');
      const { inventory, stats } = await collect([ELBV2_LOAD_BALANCERS], {
        client: { configure: fakeService({ DescribeLoadBalancers: list }) },
      });
      expect(result(inventory, ELBV2_LOAD_BALANCERS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['elbv2:DescribeLoadBalancers']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      elb = mockClient(ElasticLoadBalancingV2Client);
    }
  });
});

import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingClient,
} from '@aws-sdk/client-elastic-load-balancing';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ELB_ATTRIBUTES, ELB_LOAD_BALANCERS, ELB_POLICIES } from './state.js';

let elb = mockClient(ElasticLoadBalancingClient);
afterEach(() => elb.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]![R]!.result;

describe('aws.elb collectors', () => {
  it('follows load balancer pages and reads attributes and policies per load balancer', async () => {
    elb
      .on(DescribeLoadBalancersCommand)
      .resolvesOnce({
        LoadBalancerDescriptions: [
          {
            LoadBalancerName: 'b',
            Scheme: 'internal',
            ListenerDescriptions: [{ Listener: { Protocol: 'tcp', LoadBalancerPort: 22, InstancePort: 22 } }],
          },
        ],
        NextMarker: 'm',
      })
      .resolvesOnce({
        LoadBalancerDescriptions: [
          {
            LoadBalancerName: 'a',
            Scheme: 'internet-facing',
            ListenerDescriptions: [{ Listener: { Protocol: 'HTTPS', LoadBalancerPort: 443, InstancePort: 80 }, PolicyNames: ['p'] }],
          },
        ],
      });
    elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'a' }).resolves({
      LoadBalancerAttributes: {
        AccessLog: { Enabled: true, S3BucketName: 'logs' },
        CrossZoneLoadBalancing: { Enabled: true },
        ConnectionDraining: { Enabled: false },
        AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'monitor' }],
      },
    });
    elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'b' }).rejects(awsError('AccessDenied', 403));
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'a' }).resolves({
      PolicyDescriptions: [
        {
          PolicyName: 'p',
          PolicyTypeName: 'SSLNegotiationPolicyType',
          PolicyAttributeDescriptions: [
            { AttributeName: 'Protocol-TLSv1', AttributeValue: 'false' },
            { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
          ],
        },
      ],
    });
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'b' }).resolves({ PolicyDescriptions: [] });
    const { inventory } = await collect([ELB_LOAD_BALANCERS, ELB_ATTRIBUTES, ELB_POLICIES]);
    expect(elb.commandCalls(DescribeLoadBalancersCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm' });
    expect(result(inventory, ELB_LOAD_BALANCERS.id)).toEqual({
      ok: true,
      value: [
        {
          name: 'a',
          arn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/a',
          scheme: 'internet-facing',
          listeners: [{ protocol: 'HTTPS', port: 443, policyNames: ['p'] }],
        },
        {
          name: 'b',
          arn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/b',
          scheme: 'internal',
          listeners: [{ protocol: 'TCP', port: 22, policyNames: [] }],
        },
      ],
    });
    expect(result(inventory, ELB_ATTRIBUTES.id)).toMatchObject({
      ok: true,
      value: {
        a: {
          ok: true,
          value: { accessLog: true, accessLogBucket: 'logs', crossZone: true, connectionDraining: false, desyncMode: 'monitor' },
        },
        b: { ok: false, error: { kind: 'denied', api: 'elb:DescribeLoadBalancerAttributes' } },
      },
    });
    expect(result(inventory, ELB_POLICIES.id)).toEqual({
      ok: true,
      value: {
        a: { ok: true, value: [{ name: 'p', type: 'SSLNegotiationPolicyType', enabled: ['Protocol-TLSv1.2'] }] },
        b: { ok: true, value: [] },
      },
    });
  });

  it('records AccessDenied on the listing as denied', async () => {
    elb.on(DescribeLoadBalancersCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([ELB_POLICIES]);
    expect(result(inventory, ELB_POLICIES.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'elb:DescribeLoadBalancers' },
    });
    expect(elb.commandCalls(DescribeLoadBalancerPoliciesCommand)).toHaveLength(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    elb.restore();
    try {
      const list = throttledThen({ LoadBalancerDescriptions: [] }, 2, 'Throttling');
      const { inventory, stats } = await collect([ELB_LOAD_BALANCERS], {
        client: { configure: fakeService({ DescribeLoadBalancers: list }) },
      });
      expect(result(inventory, ELB_LOAD_BALANCERS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['elb:DescribeLoadBalancers']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      elb = mockClient(ElasticLoadBalancingClient);
    }
  });
});

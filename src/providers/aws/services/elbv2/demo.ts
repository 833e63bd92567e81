/** The demo estate's load balancers: a hardened public ALB and an older ALB left on defaults. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const arn = (name: string) => `arn:aws:elasticloadbalancing:${REGION}:${DEMO_ACCOUNT}:loadbalancer/app/${name}/50dc6c495c0c9188`;
const SHOP = arn('shop-public');
const LEGACY = arn('legacy-admin');

const ATTRIBUTES: Record<string, Record<string, string>> = {
  [SHOP]: {
    'deletion_protection.enabled': 'true',
    'access_logs.s3.enabled': 'true',
    'access_logs.s3.bucket': 'acme-elb-logs',
    'routing.http.drop_invalid_header_fields.enabled': 'true',
    'routing.http.desync_mitigation_mode': 'defensive',
  },
  [LEGACY]: {
    'deletion_protection.enabled': 'false',
    'access_logs.s3.enabled': 'false',
    'routing.http.drop_invalid_header_fields.enabled': 'false',
    'routing.http.desync_mitigation_mode': 'monitor',
  },
};

const LISTENERS: Record<string, object[]> = {
  [SHOP]: [
    {
      ListenerArn: `${SHOP}/l443`,
      Protocol: 'HTTPS',
      Port: 443,
      SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      DefaultActions: [{ Type: 'forward' }],
    },
    {
      ListenerArn: `${SHOP}/l80`,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
    },
  ],
  [LEGACY]: [
    {
      ListenerArn: `${LEGACY}/l443`,
      Protocol: 'HTTPS',
      Port: 443,
      SslPolicy: 'ELBSecurityPolicy-2016-08',
      DefaultActions: [{ Type: 'forward' }],
    },
    { ListenerArn: `${LEGACY}/l80`, Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'forward' }] },
  ],
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  elbv2: {
    DescribeLoadBalancers: (_input, region) => ({
      LoadBalancers:
        region === REGION
          ? [
              { LoadBalancerName: 'shop-public', LoadBalancerArn: SHOP, Type: 'application', Scheme: 'internet-facing' },
              { LoadBalancerName: 'legacy-admin', LoadBalancerArn: LEGACY, Type: 'application', Scheme: 'internet-facing' },
            ]
          : [],
    }),
    DescribeLoadBalancerAttributes: (input) => ({
      Attributes: Object.entries(ATTRIBUTES[input.LoadBalancerArn as string] ?? {}).map(([Key, Value]) => ({ Key, Value })),
    }),
    DescribeListeners: (input) => ({ Listeners: LISTENERS[input.LoadBalancerArn as string] ?? [] }),
  },
};

/** The demo estate's classic load balancers: a hardened TLS-only one and a forgotten clear-text one on an old policy. */
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';

const tls = (name: string) => ({
  Listener: { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80 },
  PolicyNames: [name],
});

const BALANCERS = [
  { LoadBalancerName: 'api-classic', Scheme: 'internet-facing', ListenerDescriptions: [tls('tls12')] },
  {
    LoadBalancerName: 'intranet-classic',
    Scheme: 'internal',
    ListenerDescriptions: [
      tls('old-tls'),
      { Listener: { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }, PolicyNames: [] },
    ],
  },
];

const ATTRIBUTES: Record<string, object> = {
  'api-classic': {
    AccessLog: { Enabled: true, S3BucketName: 'acme-elb-logs', EmitInterval: 60 },
    CrossZoneLoadBalancing: { Enabled: true },
    ConnectionDraining: { Enabled: true, Timeout: 300 },
    AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'defensive' }],
  },
  'intranet-classic': {
    AccessLog: { Enabled: false },
    CrossZoneLoadBalancing: { Enabled: false },
    ConnectionDraining: { Enabled: false },
    AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'monitor' }],
  },
};

const attrs = (names: string[]) => names.map((AttributeName) => ({ AttributeName, AttributeValue: 'true' }));
const POLICIES: Record<string, object[]> = {
  'api-classic': [
    {
      PolicyName: 'tls12',
      PolicyTypeName: 'SSLNegotiationPolicyType',
      PolicyAttributeDescriptions: attrs(['Protocol-TLSv1.2', 'ECDHE-RSA-AES128-GCM-SHA256']),
    },
  ],
  'intranet-classic': [
    {
      PolicyName: 'old-tls',
      PolicyTypeName: 'SSLNegotiationPolicyType',
      PolicyAttributeDescriptions: attrs(['Protocol-TLSv1', 'Protocol-TLSv1.2', 'AES128-SHA', 'DES-CBC3-SHA']),
    },
  ],
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  elb: {
    DescribeLoadBalancers: (_input, region) => ({ LoadBalancerDescriptions: region === REGION ? BALANCERS : [] }),
    DescribeLoadBalancerAttributes: (input) => ({ LoadBalancerAttributes: ATTRIBUTES[input.LoadBalancerName as string] ?? {} }),
    DescribeLoadBalancerPolicies: (input) => ({ PolicyDescriptions: POLICIES[input.LoadBalancerName as string] ?? [] }),
  },
};

import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const HOME = 'eu-west-1';

/** Two domains in eu-west-1: product search in a VPC, and a log domain on a public endpoint with an open policy. */
function domain(name: string, region: string) {
  const arn = `arn:aws:es:${region}:${DEMO_ACCOUNT}:domain/${name}`;
  if (name === 'product-search') {
    return {
      DomainName: name,
      ARN: arn,
      EncryptionAtRestOptions: { Enabled: true },
      NodeToNodeEncryptionOptions: { Enabled: true },
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
      VPCOptions: { SubnetIds: ['subnet-0a1', 'subnet-0b2'], VPCId: 'vpc-0prod' },
      LogPublishingOptions: { AUDIT_LOGS: { Enabled: true }, ES_APPLICATION_LOGS: { Enabled: true } },
      AdvancedSecurityOptions: { Enabled: true },
      ClusterConfig: { ZoneAwarenessEnabled: true },
      SoftwareUpdateOptions: { AutoSoftwareUpdateEnabled: true },
    };
  }
  return {
    DomainName: name,
    ARN: arn,
    EncryptionAtRestOptions: { Enabled: false },
    NodeToNodeEncryptionOptions: { Enabled: false },
    DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' },
    AccessPolicies: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: `${arn}/*` }],
    }),
    LogPublishingOptions: {},
    AdvancedSecurityOptions: { Enabled: false },
    ClusterConfig: { ZoneAwarenessEnabled: false },
    SoftwareUpdateOptions: { AutoSoftwareUpdateEnabled: false },
  };
}

export const openSearchDemo: Partial<Record<string, FakeHandlers>> = {
  es: {
    ListDomainNames: (_input, region) => ({
      DomainNames:
        region === HOME
          ? [
              { DomainName: 'app-logs', EngineType: 'OpenSearch' },
              { DomainName: 'product-search', EngineType: 'OpenSearch' },
            ]
          : [],
    }),
    DescribeDomains: (input, region) => ({ DomainStatusList: (input.DomainNames as string[]).map((n) => domain(n, region)) }),
  },
};

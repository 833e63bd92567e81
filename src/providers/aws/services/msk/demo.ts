/**
 * The demo estate's Amazon MSK in eu-west-1: `payments-events`, TLS only, IAM authentication, private,
 * per-topic metrics; `partner-feed`, opened to the internet for a partner (MSK allows that only with
 * TLS and authentication on); `legacy-ingest`, accepting plaintext and unauthenticated clients with
 * basic metrics; and a serverless `telemetry` cluster in us-east-1.
 */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const arn = (region: string, name: string) => `arn:aws:kafka:${region}:${DEMO_ACCOUNT}:cluster/${name}/6f1c0a52-demo-1`;
const IAM_ONLY = {
  Sasl: { Iam: { Enabled: true }, Scram: { Enabled: false } },
  Tls: { Enabled: false },
  Unauthenticated: { Enabled: false },
};

function provisioned(name: string, o: { clientBroker: string; auth: object; publicAccess: string; monitoring: string }): object {
  return {
    ClusterArn: arn('eu-west-1', name),
    ClusterName: name,
    ClusterType: 'PROVISIONED',
    State: 'ACTIVE',
    Provisioned: {
      BrokerNodeGroupInfo: {
        InstanceType: 'kafka.m5.large',
        ClientSubnets: ['subnet-0a1', 'subnet-0b2', 'subnet-0c3'],
        ConnectivityInfo: { PublicAccess: { Type: o.publicAccess } },
      },
      NumberOfBrokerNodes: 3,
      ClientAuthentication: o.auth,
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: o.clientBroker, InCluster: true } },
      EnhancedMonitoring: o.monitoring,
    },
  };
}

const CLUSTERS: Record<string, object[]> = {
  'eu-west-1': [
    provisioned('legacy-ingest', {
      clientBroker: 'TLS_PLAINTEXT',
      auth: { Unauthenticated: { Enabled: true } },
      publicAccess: 'DISABLED',
      monitoring: 'PER_BROKER',
    }),
    provisioned('partner-feed', { clientBroker: 'TLS', auth: IAM_ONLY, publicAccess: 'SERVICE_PROVIDED_EIPS', monitoring: 'DEFAULT' }),
    provisioned('payments-events', { clientBroker: 'TLS', auth: IAM_ONLY, publicAccess: 'DISABLED', monitoring: 'PER_TOPIC_PER_BROKER' }),
  ],
  'us-east-1': [
    {
      ClusterArn: arn('us-east-1', 'telemetry'),
      ClusterName: 'telemetry',
      ClusterType: 'SERVERLESS',
      State: 'ACTIVE',
      Serverless: { VpcConfigs: [{ SubnetIds: ['subnet-1a', 'subnet-1b'] }], ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } },
    },
  ],
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  kafka: {
    ListClustersV2: (_input, region) => ({ ClusterInfoList: CLUSTERS[region] ?? [] }),
  },
};

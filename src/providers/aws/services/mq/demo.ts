/**
 * The demo estate's Amazon MQ in eu-west-1: a private ActiveMQ `orders` broker with audit logs,
 * automatic upgrades and a customer managed key, and a public ActiveMQ `legacy-events` broker with
 * none of those; plus a private RabbitMQ `notifications` broker.
 */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const arn = (name: string, id: string) => `arn:aws:mq:${REGION}:${DEMO_ACCOUNT}:broker:${name}:${id}`;
const CREATED = new Date('2024-09-12T07:30:00.000Z');

const BROKERS: Record<string, { BrokerName: string; EngineType: string; DeploymentMode: string } & Record<string, unknown>> = {
  'b-0rders0-0000-4000-8000-000000000001': {
    BrokerName: 'orders',
    EngineType: 'ACTIVEMQ',
    DeploymentMode: 'ACTIVE_STANDBY_MULTI_AZ',
    PubliclyAccessible: false,
    AutoMinorVersionUpgrade: true,
    Logs: { Audit: true, General: true },
    EncryptionOptions: {
      UseAwsOwnedKey: false,
      KmsKeyId: `arn:aws:kms:${REGION}:${DEMO_ACCOUNT}:key/6f1e0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b`,
    },
  },
  'b-1egacy0-0000-4000-8000-000000000002': {
    BrokerName: 'legacy-events',
    EngineType: 'ACTIVEMQ',
    DeploymentMode: 'SINGLE_INSTANCE',
    PubliclyAccessible: true,
    AutoMinorVersionUpgrade: false,
    Logs: { Audit: false, General: false },
    EncryptionOptions: { UseAwsOwnedKey: true },
  },
  'b-n0tify0-0000-4000-8000-000000000003': {
    BrokerName: 'notifications',
    EngineType: 'RABBITMQ',
    DeploymentMode: 'CLUSTER_MULTI_AZ',
    PubliclyAccessible: false,
    AutoMinorVersionUpgrade: true,
    Logs: { General: true },
  },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  mq: {
    ListBrokers: (_input, region) => ({
      BrokerSummaries:
        region === REGION
          ? Object.entries(BROKERS).map(([BrokerId, b]) => ({
              BrokerId,
              BrokerArn: arn(b.BrokerName, BrokerId),
              BrokerName: b.BrokerName,
              BrokerState: 'RUNNING',
              DeploymentMode: b.DeploymentMode,
              EngineType: b.EngineType,
              Created: CREATED,
            }))
          : [],
    }),
    DescribeBroker: (input) => {
      const id = input.BrokerId as string;
      const b = BROKERS[id]!;
      return {
        BrokerId: id,
        BrokerArn: arn(b.BrokerName, id),
        BrokerState: 'RUNNING',
        Created: CREATED,
        HostInstanceType: 'mq.m5.large',
        Users: [{ Username: 'app' }],
        ...b,
      };
    },
  },
};

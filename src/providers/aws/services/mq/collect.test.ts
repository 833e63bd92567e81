import { DescribeBrokerCommand, ListBrokersCommand, MqClient } from '@aws-sdk/client-mq';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { MQ_BROKERS } from './state.js';

let mq = mockClient(MqClient);
afterEach(() => mq.reset());

const R = 'us-east-1';
const A = (id: string) => `arn:aws:mq:${R}:111122223333:broker:${id}:${id}`;
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[MQ_BROKERS.id]![R]!.result;
const summary = (id: string) => ({
  BrokerId: id,
  BrokerArn: A(id),
  BrokerName: id,
  DeploymentMode: 'SINGLE_INSTANCE' as const,
  EngineType: 'ACTIVEMQ' as const,
});

describe('aws.mq.brokers', () => {
  it('follows ListBrokers pages, describes each broker and keeps no user names', async () => {
    mq.on(ListBrokersCommand)
      .resolvesOnce({ BrokerSummaries: [summary('b')], NextToken: 't' })
      .resolvesOnce({ BrokerSummaries: [summary('a'), summary('c'), summary('d')] });
    mq.on(DescribeBrokerCommand, { BrokerId: 'a' }).resolves({
      BrokerArn: A('a'),
      BrokerName: 'a',
      EngineType: 'ACTIVEMQ',
      PubliclyAccessible: true,
      AutoMinorVersionUpgrade: false,
      Logs: { Audit: true, General: true, GeneralLogGroup: 'g' },
      EncryptionOptions: { UseAwsOwnedKey: false, KmsKeyId: 'arn:key' },
      Users: [{ Username: 'alice-admin' }],
    });
    // RabbitMQ: no audit log and no encryption options, as AWS documents.
    mq.on(DescribeBrokerCommand, { BrokerId: 'b' }).resolves({
      BrokerArn: A('b'),
      BrokerName: 'b',
      EngineType: 'RABBITMQ',
      PubliclyAccessible: false,
      AutoMinorVersionUpgrade: true,
      Logs: { General: true, GeneralLogGroup: 'g' },
    });
    // ActiveMQ without encryption options: refuse to guess the key.
    mq.on(DescribeBrokerCommand, { BrokerId: 'c' }).resolves({
      BrokerName: 'c',
      EngineType: 'ACTIVEMQ',
      PubliclyAccessible: false,
      AutoMinorVersionUpgrade: true,
    });
    mq.on(DescribeBrokerCommand, { BrokerId: 'd' }).rejects(awsError('ForbiddenException', 403));
    const { inventory } = await collect([MQ_BROKERS]);
    expect(mq.commandCalls(ListBrokersCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        [A('a')]: {
          ok: true,
          value: {
            arn: A('a'),
            name: 'a',
            engineType: 'ACTIVEMQ',
            publiclyAccessible: true,
            autoMinorVersionUpgrade: false,
            auditLog: true,
            useAwsOwnedKey: false,
            kmsKeyId: 'arn:key',
          },
        },
        [A('b')]: {
          ok: true,
          value: {
            arn: A('b'),
            name: 'b',
            engineType: 'RABBITMQ',
            publiclyAccessible: false,
            autoMinorVersionUpgrade: true,
            auditLog: false,
          },
        },
        [A('c')]: { ok: false, error: expect.objectContaining({ api: 'mq:DescribeBroker' }) },
        [A('d')]: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'mq:DescribeBroker' }) },
      },
    });
    expect(JSON.stringify(inventory)).not.toContain('alice-admin');
  });

  it('keeps an ActiveMQ answer without a Logs block as unknown audit logging, never as off', async () => {
    mq.on(ListBrokersCommand).resolves({ BrokerSummaries: [summary('a')] });
    mq.on(DescribeBrokerCommand).resolves({
      BrokerName: 'a',
      EngineType: 'ACTIVEMQ',
      PubliclyAccessible: false,
      AutoMinorVersionUpgrade: true,
      EncryptionOptions: { UseAwsOwnedKey: true },
    });
    const { inventory } = await collect([MQ_BROKERS]);
    expect(result(inventory)).toMatchObject({ ok: true, value: { [A('a')]: { ok: true, value: { auditLog: null } } } });
  });

  it('records AccessDenied on ListBrokers as denied and describes nothing', async () => {
    mq.on(ListBrokersCommand).rejects(awsError('ForbiddenException', 403));
    const { inventory } = await collect([MQ_BROKERS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'mq:ListBrokers' } });
    expect(mq.commandCalls(DescribeBrokerCommand)).toHaveLength(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    mq.restore();
    try {
      const list = throttledThen({ BrokerSummaries: [] }, 2, 'TooManyRequestsException');
      const { inventory, stats } = await collect([MQ_BROKERS], { client: { configure: fakeService({ ListBrokers: list }) } });
      expect(result(inventory)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['mq:ListBrokers']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      mq = mockClient(MqClient);
    }
  });
});

import { api, perResource } from '../../../../inventory/collector.js';
import type { Fetched } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { required } from '../../errors.js';
import { MQ_BROKERS, type MqBroker } from './state.js';

const MQ = awsClient('mq', 'mq', async () => (await import('@aws-sdk/client-mq')).MqClient);

const LIST_BROKERS = api('mq:ListBrokers');
const DESCRIBE_BROKER = api('mq:DescribeBroker');

interface Listed {
  id: string;
  arn: string;
  name: string;
}

const brokers: AwsCollector<PerResource<MqBroker>> = {
  key: MQ_BROKERS,
  service: 'mq',
  apis: [LIST_BROKERS, DESCRIBE_BROKER],
  async collect(ctx, region) {
    const { paginateListBrokers, DescribeBrokerCommand } = await import('@aws-sdk/client-mq');
    const client = await ctx.client(MQ, region);
    const listed: Listed[] = [];
    await ctx.call(LIST_BROKERS, async () => {
      for await (const page of paginateListBrokers({ client, pageSize: 100 }, {})) {
        for (const b of page.BrokerSummaries ?? []) {
          if (b.BrokerId && b.BrokerArn) listed.push({ id: b.BrokerId, arn: b.BrokerArn, name: b.BrokerName ?? b.BrokerId });
        }
      }
    });
    // The summaries carry no logging, encryption or access settings: one describe per broker.
    return perResource(
      listed.sort((a, b) => a.arn.localeCompare(b.arn)),
      (b) => b.arn,
      async (b): Promise<Fetched<MqBroker>> => {
        const res = await ctx.attempt(DESCRIBE_BROKER, async (): Promise<MqBroker> => {
          const d = await client.send(new DescribeBrokerCommand({ BrokerId: b.id }));
          const engineType = required(d.EngineType, 'DescribeBroker', 'EngineType').toUpperCase();
          // Encryption options apply to ActiveMQ only; for it an answer without them is not "AWS owned": refuse to guess.
          const useAwsOwnedKey =
            engineType === 'ACTIVEMQ'
              ? required(d.EncryptionOptions?.UseAwsOwnedKey, 'DescribeBroker', 'EncryptionOptions.UseAwsOwnedKey')
              : undefined;
          return {
            arn: b.arn,
            name: d.BrokerName ?? b.name,
            engineType,
            publiclyAccessible: required(d.PubliclyAccessible, 'DescribeBroker', 'PubliclyAccessible'),
            autoMinorVersionUpgrade: required(d.AutoMinorVersionUpgrade, 'DescribeBroker', 'AutoMinorVersionUpgrade'),
            // Inside a Logs block an unset Audit is off (the API sends only the flags that apply); no block at all is unknown.
            auditLog: d.Logs ? d.Logs.Audit === true : engineType === 'ACTIVEMQ' ? null : false,
            ...(useAwsOwnedKey !== undefined ? { useAwsOwnedKey } : {}),
            ...(d.EncryptionOptions?.KmsKeyId ? { kmsKeyId: d.EncryptionOptions.KmsKeyId } : {}),
          };
        });
        return res as Fetched<MqBroker>;
      },
    );
  },
};

export const mqCollectors: readonly AwsCollector<unknown>[] = [brokers] as readonly AwsCollector<unknown>[];

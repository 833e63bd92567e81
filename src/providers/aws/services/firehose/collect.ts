import type { FirehoseClient } from '@aws-sdk/client-firehose';
import { api, perResource } from '../../../../inventory/collector.js';
import type { Fetched } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { required } from '../../errors.js';
import { FIREHOSE_STREAMS, type FirehoseStream } from './state.js';

const FIREHOSE = awsClient<FirehoseClient>('firehose', 'firehose', async () => (await import('@aws-sdk/client-firehose')).FirehoseClient);

const LIST_STREAMS = api('firehose:ListDeliveryStreams');
const DESCRIBE_STREAM = api('firehose:DescribeDeliveryStream');

const streams: AwsCollector<PerResource<FirehoseStream>> = {
  key: FIREHOSE_STREAMS,
  service: 'firehose',
  apis: [LIST_STREAMS, DESCRIBE_STREAM],
  async collect(ctx, region) {
    const { ListDeliveryStreamsCommand, DescribeDeliveryStreamCommand } = await import('@aws-sdk/client-firehose');
    const client = await ctx.client(FIREHOSE, region);
    const names: string[] = [];
    // The SDK has no paginator for this operation: pages continue after the last name while HasMoreDeliveryStreams.
    await ctx.call(LIST_STREAMS, async () => {
      let after: string | undefined;
      for (;;) {
        const page = await client.send(
          new ListDeliveryStreamsCommand({ Limit: 10000, ...(after ? { ExclusiveStartDeliveryStreamName: after } : {}) }),
        );
        const got = page.DeliveryStreamNames ?? [];
        names.push(...got);
        if (!page.HasMoreDeliveryStreams || got.length === 0) break;
        after = got[got.length - 1];
      }
    });
    return perResource(
      names.sort(),
      (n) => n,
      async (name): Promise<Fetched<FirehoseStream>> => {
        const res = await ctx.attempt(DESCRIBE_STREAM, async () => {
          const d = (await client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }))).DeliveryStreamDescription;
          const enc = d?.DeliveryStreamEncryptionConfiguration;
          const source = d?.Source?.KinesisStreamSourceDescription?.KinesisStreamARN ?? d?.Source?.MSKSourceDescription?.MSKClusterARN;
          return {
            arn: d?.DeliveryStreamARN ?? `arn:${ctx.account.partition}:firehose:${region}:${ctx.account.id}:deliverystream/${name}`,
            name,
            type: required(d?.DeliveryStreamType, 'DescribeDeliveryStream', `DeliveryStreamType for ${name}`),
            ...(source ? { sourceArn: source } : {}),
            encryptionStatus: enc?.Status ?? null,
            ...(enc?.KeyType ? { keyType: enc.KeyType } : {}),
            ...(enc?.KeyARN ? { keyArn: enc.KeyARN } : {}),
          };
        });
        return res as Fetched<FirehoseStream>;
      },
    );
  },
};

export const firehoseCollectors: readonly AwsCollector<unknown>[] = [streams] as readonly AwsCollector<unknown>[];

/**
 * The demo estate's Firehose in us-east-1: `app-logs`, written directly and encrypted with the AWS
 * owned key; `audit-export`, written directly with encryption off; and `clickstream-archive`, which
 * reads the demo's `clickstream` Kinesis stream and so holds no records of its own.
 */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'us-east-1';
const arn = (name: string) => `arn:aws:firehose:${REGION}:${DEMO_ACCOUNT}:deliverystream/${name}`;

const STREAMS: Record<string, object> = {
  'app-logs': {
    DeliveryStreamType: 'DirectPut',
    DeliveryStreamEncryptionConfiguration: { Status: 'ENABLED', KeyType: 'AWS_OWNED_CMK' },
  },
  'audit-export': { DeliveryStreamType: 'DirectPut', DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' } },
  'clickstream-archive': {
    DeliveryStreamType: 'KinesisStreamAsSource',
    DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' },
    Source: {
      KinesisStreamSourceDescription: {
        KinesisStreamARN: `arn:aws:kinesis:${REGION}:${DEMO_ACCOUNT}:stream/clickstream`,
        RoleARN: `arn:aws:iam::${DEMO_ACCOUNT}:role/firehose-read`,
      },
    },
  },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  firehose: {
    ListDeliveryStreams: (_input, region) => ({
      DeliveryStreamNames: region === REGION ? Object.keys(STREAMS) : [],
      HasMoreDeliveryStreams: false,
    }),
    DescribeDeliveryStream: (input) => {
      const name = input.DeliveryStreamName as string;
      return {
        DeliveryStreamDescription: {
          DeliveryStreamName: name,
          DeliveryStreamARN: arn(name),
          DeliveryStreamStatus: 'ACTIVE',
          VersionId: '1',
          Destinations: [],
          HasMoreDestinations: false,
          ...STREAMS[name],
        },
      };
    },
  },
};

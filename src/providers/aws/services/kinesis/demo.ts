/**
 * The demo estate's Kinesis in us-east-1: a `clickstream` stream encrypted and kept seven days, shared
 * with one named analytics account; and an old `iot-telemetry` stream unencrypted, on the 24-hour
 * default, that anyone may write to.
 */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'us-east-1';
const arn = (name: string) => `arn:aws:kinesis:${REGION}:${DEMO_ACCOUNT}:stream/${name}`;
const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

const STREAMS: Record<string, { summary: object; policy: string }> = {
  [arn('clickstream')]: {
    summary: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis', RetentionPeriodHours: 168 },
    policy: policy({
      Sid: 'AnalyticsReads',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::210987654321:role/analytics' },
      Action: ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStreamSummary'],
      Resource: arn('clickstream'),
    }),
  },
  [arn('iot-telemetry')]: {
    summary: { EncryptionType: 'NONE', RetentionPeriodHours: 24 },
    policy: policy({ Sid: 'DevicesWrite', Effect: 'Allow', Principal: '*', Action: 'kinesis:PutRecord', Resource: arn('iot-telemetry') }),
  },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  kinesis: {
    ListStreams: (_input, region) => ({
      StreamNames: region === REGION ? Object.keys(STREAMS).map((a) => a.split('/').pop()) : [],
      StreamSummaries:
        region === REGION
          ? Object.keys(STREAMS).map((a) => ({ StreamName: a.split('/').pop(), StreamARN: a, StreamStatus: 'ACTIVE' }))
          : [],
      HasMoreStreams: false,
    }),
    DescribeStreamSummary: (input) => {
      const a = input.StreamARN as string;
      return { StreamDescriptionSummary: { StreamName: a.split('/').pop(), StreamARN: a, ...STREAMS[a]?.summary } };
    },
    GetResourcePolicy: (input) => ({ Policy: STREAMS[input.ResourceARN as string]?.policy ?? '{}' }),
  },
};

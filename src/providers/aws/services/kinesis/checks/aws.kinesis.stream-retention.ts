import { fail, paramsOf, pass } from '../../../../check-kit.js';
import { arnIn, eachEntry } from '../../each-resource.js';
import { KINESIS_PARAMS } from '../params.js';
import { KINESIS_STREAM_SUMMARIES } from '../state.js';

export const kinesisStreamRetention = eachEntry(
  {
    id: 'aws.kinesis.stream-retention',
    title: 'Kinesis data streams keep records long enough to replay them',
    service: 'kinesis',
    resourceType: 'AWS::Kinesis::Stream',
    severity: 'medium',
    requires: [KINESIS_STREAM_SUMMARIES],
    rationale:
      'A stream keeps each record for its retention period (24 hours unless raised, at most 8,760) and then drops it; the retention period ' +
      'is the window in which a failed or faulty consumer can still re-read what it missed. Passes when RetentionPeriodHours from ' +
      'DescribeStreamSummary is at least aws.kinesis.minimumRetentionHours (default 168, the default of Security Hub control Kinesis.3 and ' +
      'the AWS Config rule kinesis-stream-backup-retention-check); fails when it is shorter, as a stream left at the 24-hour default is.',
    remediation: {
      text: "Raise the stream's retention period (retention beyond 24 hours is billed per shard hour).",
      console: 'Kinesis → Data streams → stream → Configuration → Data retention → Edit',
      cli: 'aws kinesis increase-stream-retention-period --stream-name <name> --retention-period-hours 168',
    },
  },
  KINESIS_STREAM_SUMMARIES,
  (ctx, region, name) => arnIn(ctx, 'kinesis', region, `stream/${name}`),
  (s, resource, ctx) => {
    const min = paramsOf(ctx, 'aws.kinesis', KINESIS_PARAMS).minimumRetentionHours;
    const observed = { retentionHours: s.retentionHours, minimumRetentionHours: min };
    return s.retentionHours >= min
      ? pass(resource, 'retention-sufficient', `Stream ${resource.name} keeps records for ${s.retentionHours} hours.`, observed)
      : fail(resource, 'retention-short', `Stream ${resource.name} keeps records for ${s.retentionHours} hours, under ${min}.`, observed);
  },
);

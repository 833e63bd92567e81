import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { R, summary } from '../state.fixtures.js';
import { KINESIS_STREAM_SUMMARIES } from '../state.js';
import { kinesisStreamRetention as check } from './aws.kinesis.stream-retention.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'seven days passes', snapshot: summary({ retentionHours: 168 }), expected: [['pass', 'retention-sufficient']] },
    { name: 'the 24-hour default fails', snapshot: summary({ retentionHours: 24 }), expected: [['fail', 'retention-short']] },
    {
      name: '48 hours passes when the minimum is lowered to 48',
      snapshot: summary({ retentionHours: 48 }),
      serviceParams: { 'aws.kinesis': { minimumRetentionHours: 48 } },
      expected: [['pass', 'retention-sufficient']],
    },
    {
      name: 'seven days fails when a year is required',
      snapshot: summary({ retentionHours: 168 }),
      serviceParams: { 'aws.kinesis': { minimumRetentionHours: 8760 } },
      expected: [['fail', 'retention-short']],
    },
    {
      name: 'a throttled summary is an error for that stream',
      snapshot: snapshot().regional(KINESIS_STREAM_SUMMARIES, R, { clicks: throttled('kinesis:DescribeStreamSummary') }),
      expected: [['error', 'error.throttled']],
    },
  ],
};

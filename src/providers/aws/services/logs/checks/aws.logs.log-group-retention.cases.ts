import { ACCOUNT, type CheckCases, denied, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { LOGS_LOG_GROUPS, type LogGroup } from '../state.js';
import { logsLogGroupRetention as check } from './aws.logs.log-group-retention.js';

const R = 'us-east-1';
const group = (name: string, retentionInDays: number | null, over: Partial<LogGroup> = {}): LogGroup => ({
  name,
  arn: `arn:aws:logs:${R}:${ACCOUNT}:log-group:${name}`,
  retentionInDays,
  ...over,
});
const groups = (...g: LogGroup[]) => snapshot().regional(LOGS_LOG_GROUPS, R, g);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'retention above the minimum passes', snapshot: groups(group('/a', 400)), expected: [['pass', 'retention-sufficient']] },
    { name: 'retention exactly at the minimum passes', snapshot: groups(group('/a', 365)), expected: [['pass', 'retention-sufficient']] },
    { name: 'never-expire passes', snapshot: groups(group('/a', null)), expected: [['pass', 'never-expires']] },
    { name: 'short retention fails', snapshot: groups(group('/a', 14)), expected: [['fail', 'retention-too-short']] },
    {
      name: 'the minimum comes from params',
      snapshot: groups(group('/a', 90)),
      params: { logRetentionDays: 90 },
      expected: [['pass', 'retention-sufficient']],
    },
    {
      name: 'a stricter param fails what the default passes',
      snapshot: groups(group('/a', 400)),
      params: { logRetentionDays: 731 },
      expected: [['fail', 'retention-too-short']],
    },
    {
      name: 'DELIVERY-class group is not applicable',
      snapshot: groups(group('/aws/vendedlogs/x', 1, { logGroupClass: 'DELIVERY' })),
      expected: [['not_applicable', 'delivery-class']],
    },
    {
      name: 'one finding per group',
      snapshot: groups(group('/a', 400), group('/b', 7)),
      expected: [
        ['pass', 'retention-sufficient'],
        ['fail', 'retention-too-short'],
      ],
    },
    {
      name: 'denied DescribeLogGroups is an error',
      snapshot: snapshot().regional(LOGS_LOG_GROUPS, R, denied('logs:DescribeLogGroups')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'throttled listing is an error',
      snapshot: snapshot().regional(LOGS_LOG_GROUPS, R, throttled('logs:DescribeLogGroups')),
      expected: [['error', 'error.throttled']],
    },
    { name: 'region never collected is an error', snapshot: snapshot(), expected: [['error', 'error.unknown']] },
    { name: 'no log groups gives no findings', snapshot: groups(), expected: [] },
  ],
};

import { type CheckCases, daysAgo, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_TRAILS, type TrailStatus } from '../state.js';
import { cloudTrailCloudWatchLogsIntegrated as check } from './aws.cloudtrail.cloudwatch-logs-integrated.js';
import { logging, trail } from './builders.fixtures.js';

const t = trail('t');
const withStatus = (status: Fetched<TrailStatus>) =>
  snapshot()
    .regional(CLOUDTRAIL_TRAILS, 'us-east-1', [t])
    .regional(CLOUDTRAIL_TRAIL_STATUS, 'us-east-1', { [t.arn]: status });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'log group set and delivering passes',
      snapshot: withStatus(ok(logging({ latestCloudWatchLogsDeliveryTime: daysAgo(0) }))),
      expected: [['pass', 'cloudwatch-logs-integrated']],
    },
    {
      name: 'no log group fails without needing the status',
      snapshot: snapshot().regional(CLOUDTRAIL_TRAILS, 'us-east-1', [trail('t', { cloudWatchLogsLogGroupArn: undefined })]),
      expected: [['fail', 'no-cloudwatch-logs']],
    },
    {
      name: 'a stopped trail with a log group fails: it sends nothing',
      snapshot: withStatus(ok(logging({ isLogging: false, latestCloudWatchLogsDeliveryTime: daysAgo(30) }))),
      expected: [['fail', 'trail-not-logging']],
    },
    {
      name: 'delivery error fails',
      snapshot: withStatus(ok(logging({ latestCloudWatchLogsDeliveryError: 'AccessDenied' }))),
      expected: [['fail', 'cloudwatch-delivery-failing']],
    },
    {
      name: 'unreadable status is an error',
      snapshot: withStatus(denied('cloudtrail:GetTrailStatus')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied trail list is an error',
      snapshot: snapshot().regional(CLOUDTRAIL_TRAILS, 'us-east-1', denied('cloudtrail:DescribeTrails')),
      expected: [['error', 'error.denied']],
    },
  ],
};

import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass } from '../../../../check-kit.js';
import { eachTrail } from '../helpers.js';
import { CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_TRAILS } from '../state.js';

export const cloudTrailCloudWatchLogsIntegrated: Check = {
  meta: {
    id: 'aws.cloudtrail.cloudwatch-logs-integrated',
    title: 'CloudTrail trails deliver to CloudWatch Logs',
    provider: 'aws',
    service: 'cloudtrail',
    resourceType: 'AWS::CloudTrail::Trail',
    severity: 'low',
    requires: [CLOUDTRAIL_TRAILS, CLOUDTRAIL_TRAIL_STATUS],
    rationale:
      'Evaluates every trail in the region where it is homed. Passes when the trail sends events to a CloudWatch Logs group: a log group is set, GetTrailStatus reports the trail logging, and it reports no CloudWatch Logs delivery error. Fails when no log group is set, when the trail is stopped (a stopped trail sends nothing), or when delivery is failing (typically a broken delivery role). Events in CloudWatch Logs can drive metric filters and alarms within minutes; S3 delivery alone leaves suspicious activity unnoticed until someone reads the files. The delivery status is an error (not a pass) when it cannot be read for a trail that has a log group.',
    remediation: {
      text: 'Configure the trail to send events to a CloudWatch Logs group with an IAM role CloudTrail can assume, then add metric filters and alarms for the events you care about.',
      console: 'CloudTrail → Trails → trail → CloudWatch Logs → Edit → Enabled',
      cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
    },
  },
  evaluate(ctx) {
    return eachTrail(ctx, (t, resource, region) => {
      const logGroup = t.cloudWatchLogsLogGroupArn;
      if (!logGroup) {
        return fail(resource, 'no-cloudwatch-logs', `Trail ${t.name} does not deliver to CloudWatch Logs.`, {
          cloudWatchLogsLogGroupArn: null,
        });
      }
      const got = all(resource, [lookup(ctx, CLOUDTRAIL_TRAIL_STATUS, t.arn, region)]);
      if (!got.ok) return got.finding;
      const [s] = got.values;
      const observed = {
        cloudWatchLogsLogGroupArn: logGroup,
        isLogging: s.isLogging,
        latestCloudWatchLogsDeliveryTime: s.latestCloudWatchLogsDeliveryTime ?? null,
        latestCloudWatchLogsDeliveryError: s.latestCloudWatchLogsDeliveryError ?? null,
      };
      if (!s.isLogging) {
        return fail(
          resource,
          'trail-not-logging',
          `Trail ${t.name} names a CloudWatch Logs group, but the trail is stopped, so nothing is delivered.`,
          observed,
        );
      }
      return s.latestCloudWatchLogsDeliveryError
        ? fail(
            resource,
            'cloudwatch-delivery-failing',
            `Trail ${t.name} is set to deliver to CloudWatch Logs, but delivery fails: ${s.latestCloudWatchLogsDeliveryError}.`,
            observed,
          )
        : pass(resource, 'cloudwatch-logs-integrated', `Trail ${t.name} delivers events to CloudWatch Logs.`, observed);
    });
  },
};

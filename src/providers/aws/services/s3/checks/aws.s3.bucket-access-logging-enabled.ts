import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass } from '../../../../check-kit.js';
import { eachBucket } from '../helpers.js';
import { S3_BUCKET_LOGGING, S3_BUCKETS } from '../state.js';

export const s3BucketAccessLoggingEnabled: Check = {
  meta: {
    id: 'aws.s3.bucket-access-logging-enabled',
    title: 'S3 buckets write server access logs',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'low',
    requires: [S3_BUCKETS, S3_BUCKET_LOGGING],
    rationale:
      'Passes when server access logging is on and writes to another bucket; fails when it is off, or when the bucket is its own target. Access logs record every request, ' +
      'including object reads that CloudTrail only sees when data events are enabled, and are what an investigation needs to establish who read or changed which object. ' +
      'A bucket that logs to itself is not a usable record: each log delivery is itself a write that gets logged, so logs beget logs without end, and anyone able to ' +
      'delete or overwrite the data can delete the evidence of having done so. The check does not verify that another target bucket exists or accepts the logs.',
    remediation: {
      text: 'Enable server access logging to a dedicated log bucket in the same region and account (never the bucket itself).',
      console: 'S3 → bucket → Properties → Server access logging → Edit',
      cli: 'aws s3api put-bucket-logging --bucket <name> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<name>/"}}\'',
    },
  },
  evaluate(ctx) {
    return eachBucket(ctx, (b, resource) => {
      const got = all(resource, [lookup(ctx, S3_BUCKET_LOGGING, b.name)]);
      if (!got.ok) return got.finding;
      const [logging] = got.values;
      if (!logging) return fail(resource, 'access-logging-off', `Bucket ${b.name} has server access logging off.`, { logging: null });
      if (logging.targetBucket === b.name) {
        return fail(
          resource,
          'access-logging-to-self',
          `Bucket ${b.name} writes its access logs into itself: every delivery is logged again, and the logs can be deleted along with the data.`,
          { ...logging },
        );
      }
      return pass(
        resource,
        'access-logging-enabled',
        `Bucket ${b.name} logs requests to s3://${logging.targetBucket}/${logging.targetPrefix}.`,
        { ...logging },
      );
    });
  },
};

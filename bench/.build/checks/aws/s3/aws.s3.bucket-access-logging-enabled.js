import { all, fail, lookup, pass } from '../../../src/engine/check-kit.js';
import { S3_BUCKETS, S3_BUCKET_LOGGING } from '../../../src/providers/aws/inventory/s3.js';
import { eachBucket } from './helpers.js';
export const s3BucketAccessLoggingEnabled = {
    meta: {
        id: 'aws.s3.bucket-access-logging-enabled',
        title: 'S3 buckets write server access logs',
        provider: 'aws',
        service: 's3',
        resourceType: 'AWS::S3::Bucket',
        severity: 'low',
        requires: [S3_BUCKETS, S3_BUCKET_LOGGING],
        rationale: 'Passes when server access logging is on (a target bucket is set); fails when it is off. Access logs record every request, including object reads that CloudTrail ' +
            'only sees when data events are enabled, and are what an investigation needs to establish who read or changed which object. ' +
            'The check does not verify that the target bucket exists or accepts the logs.',
        remediation: {
            text: 'Enable server access logging to a dedicated log bucket in the same region and account (never the bucket itself).',
            console: 'S3 → bucket → Properties → Server access logging → Edit',
            cli: 'aws s3api put-bucket-logging --bucket <name> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<name>/"}}\'',
        },
    },
    evaluate(ctx) {
        return eachBucket(ctx, (b, resource) => {
            const got = all(resource, [lookup(ctx, S3_BUCKET_LOGGING, b.name)]);
            if (!got.ok)
                return got.finding;
            const [logging] = got.values;
            return logging
                ? pass(resource, 'access-logging-enabled', `Bucket ${b.name} logs requests to s3://${logging.targetBucket}/${logging.targetPrefix}.`, { ...logging })
                : fail(resource, 'access-logging-off', `Bucket ${b.name} has server access logging off.`, { logging: null });
        });
    },
};

import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass } from '../../../../check-kit.js';
import { eachBucket } from '../helpers.js';
import { S3_BUCKET_VERSIONING, S3_BUCKETS } from '../state.js';

export const s3BucketVersioningEnabled: Check = {
  meta: {
    id: 'aws.s3.bucket-versioning-enabled',
    title: 'S3 buckets keep object versions',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'medium',
    requires: [S3_BUCKETS, S3_BUCKET_VERSIONING],
    rationale:
      'Passes when bucket versioning is Enabled. Suspended or never-enabled versioning fails, because an overwrite or delete then destroys the only copy of an object and cannot be undone.',
    remediation: {
      text: 'Turn on versioning for the bucket, and add a lifecycle rule that expires noncurrent versions to control cost.',
      console: 'S3 → bucket → Properties → Bucket Versioning → Edit → Enable',
      cli: 'aws s3api put-bucket-versioning --bucket <name> --versioning-configuration Status=Enabled',
    },
  },
  evaluate(ctx) {
    return eachBucket(ctx, (b, resource) => {
      const got = all(resource, [lookup(ctx, S3_BUCKET_VERSIONING, b.name)]);
      if (!got.ok) return got.finding;
      const [v] = got.values;
      return v.status === 'Enabled'
        ? pass(resource, 'versioning-enabled', `Bucket ${b.name} has versioning enabled.`, { versioning: v.status })
        : fail(resource, 'versioning-off', `Bucket ${b.name} has versioning ${v.status.toLowerCase()}.`, { versioning: v.status });
    });
  },
};

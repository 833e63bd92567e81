import type { Check } from '../../../../../model/check.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { all, fail, globMatch, lookup, notApplicable, pass } from '../../../../check-kit.js';
import { eachBucket } from '../helpers.js';
import { S3_BUCKET_OBJECT_LOCK, S3_BUCKET_VERSIONING, S3_BUCKETS } from '../state.js';

/** Stands in for an input this bucket does not need, so a failure there cannot cause an error. */
const UNUSED: Fetched<null> = { ok: true, value: null };

export const s3BucketObjectLockMfaDelete: Check = {
  meta: {
    id: 'aws.s3.bucket-object-lock-mfa-delete',
    title: 'Designated S3 buckets have Object Lock or MFA delete',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'medium',
    requires: [S3_BUCKETS, S3_BUCKET_VERSIONING, S3_BUCKET_OBJECT_LOCK],
    rationale:
      'Applies only to buckets whose names match params.objectLockRequiredBuckets (which must have Object Lock enabled) or params.mfaDeleteRequiredBuckets (which must have versioning MFA delete enabled); ' +
      'every other bucket is not_applicable, since both features have costs and operational limits that only records and audit-log buckets justify. ' +
      "Fails when a required protection is missing. Only the inputs a bucket's requirements need are read, so a denied read of an unneeded setting does not turn into an error. " +
      'Object Lock makes object versions immutable for a retention period; MFA delete stops a stolen credential alone from deleting versions or turning versioning off.',
    remediation: {
      text: 'Object Lock: enable it on the bucket (versioning must be on) and set a default retention. MFA delete: the root user must enable it with its MFA device.',
      console: 'S3 → bucket → Properties → Object Lock → Edit',
      cli: 'aws s3api put-object-lock-configuration --bucket <name> --object-lock-configuration \'{"ObjectLockEnabled":"Enabled"}\'; aws s3api put-bucket-versioning --bucket <name> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<serial> <code>"',
    },
    cis: ['3.1.2'],
  },
  evaluate(ctx) {
    const { objectLockRequiredBuckets, mfaDeleteRequiredBuckets } = ctx.params;
    return eachBucket(ctx, (b, resource) => {
      const needLock = objectLockRequiredBuckets.some((p) => globMatch(p, b.name));
      const needMfa = mfaDeleteRequiredBuckets.some((p) => globMatch(p, b.name));
      if (!needLock && !needMfa) {
        return notApplicable(resource, 'not-required', `Bucket ${b.name} matches no Object Lock or MFA delete requirement.`);
      }
      const got = all(resource, [
        needLock ? lookup(ctx, S3_BUCKET_OBJECT_LOCK, b.name) : UNUSED,
        needMfa ? lookup(ctx, S3_BUCKET_VERSIONING, b.name) : UNUSED,
      ]);
      if (!got.ok) return got.finding;
      const [lock, versioning] = got.values;
      const lockMissing = needLock && !lock?.enabled;
      const mfaMissing = needMfa && !versioning?.mfaDelete;
      const observed = {
        ...(needLock ? { objectLockRequired: true, objectLock: lock?.enabled ?? false } : {}),
        ...(needMfa ? { mfaDeleteRequired: true, mfaDelete: versioning?.mfaDelete ?? false } : {}),
      };
      if (lockMissing && mfaMissing)
        return fail(
          resource,
          'object-lock-and-mfa-delete-missing',
          `Bucket ${b.name} requires Object Lock and MFA delete but has neither.`,
          observed,
        );
      if (lockMissing)
        return fail(resource, 'object-lock-missing', `Bucket ${b.name} requires Object Lock but it is not enabled.`, observed);
      if (mfaMissing)
        return fail(resource, 'mfa-delete-missing', `Bucket ${b.name} requires MFA delete but versioning has it disabled.`, observed);
      return pass(
        resource,
        'protection-in-place',
        `Bucket ${b.name} has the required ${[needLock && 'Object Lock', needMfa && 'MFA delete'].filter(Boolean).join(' and ')}.`,
        observed,
      );
    });
  },
};

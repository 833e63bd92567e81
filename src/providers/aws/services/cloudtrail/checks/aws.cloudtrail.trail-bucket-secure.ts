import type { Check } from '../../../../../model/check.js';
import { missingData } from '../../../../../model/fetched.js';
import { all, errorFinding, fail, lookup, notApplicable, pass, readFetched } from '../../../../check-kit.js';
import { PUBLIC_ACCESS_SEMANTICS, publicStatements } from '../../../policy/public-finding.js';
import {
  ALL_USERS_URI,
  AUTHENTICATED_USERS_URI,
  type BucketAcl,
  S3_BUCKET_ACL,
  S3_BUCKET_LOGGING,
  S3_BUCKET_POLICY,
  S3_BUCKETS,
} from '../../s3/state.js';
import { eachTrail } from '../helpers.js';
import { CLOUDTRAIL_TRAILS } from '../state.js';

const PUBLIC_GROUPS: Record<string, string> = { [ALL_USERS_URI]: 'AllUsers', [AUTHENTICATED_USERS_URI]: 'AuthenticatedUsers' };

function publicGrants(acl: BucketAcl): { grantee: string; permission: string }[] {
  return acl.grants.flatMap((g) => (g.uri && PUBLIC_GROUPS[g.uri] ? [{ grantee: PUBLIC_GROUPS[g.uri]!, permission: g.permission }] : []));
}

export const cloudTrailTrailBucketSecure: Check = {
  meta: {
    id: 'aws.cloudtrail.trail-bucket-secure',
    title: 'CloudTrail log buckets are private and access-logged',
    provider: 'aws',
    service: 'cloudtrail',
    resourceType: 'AWS::CloudTrail::Trail',
    severity: 'high',
    requires: [CLOUDTRAIL_TRAILS, S3_BUCKETS, S3_BUCKET_ACL, S3_BUCKET_POLICY, S3_BUCKET_LOGGING],
    rationale:
      "Evaluates the S3 bucket of every trail. Passes when the bucket's ACL grants nothing to AllUsers or AuthenticatedUsers, the bucket policy is not public (judged as below), and server access logging is on to another bucket. " +
      'Fails when the bucket is public by ACL or policy, or has no access logging or logs into itself (where whoever can delete trail logs can delete the record of doing so). Public grants are flagged even when Block Public Access would currently neutralise them, since they come alive if that setting is relaxed. ' +
      "Not applicable when the bucket is not in this account's bucket list: a central logging bucket in another account must be assessed there, and likewise when the bucket is in a region the scan left out. " +
      'The trail bucket holds the record of everything done in the account; if it is readable by outsiders it leaks that record, and without access logs nobody can tell who read or removed log files. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Remove public ACL grants (prefer Object Ownership "Bucket owner enforced"), drop or condition any policy statement open to "*", turn on Block Public Access, and enable server access logging to a separate bucket.',
      console:
        'S3 → trail bucket → Permissions (ACL, bucket policy, Block Public Access) and Properties → Server access logging → Edit → Enable',
      cli: 'aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<trail-bucket>/"}}\'',
    },
    cis: ['4.4'],
  },
  evaluate(ctx) {
    const buckets = readFetched(ctx, S3_BUCKETS);
    return eachTrail(ctx, (t, resource) => {
      const bucket = t.s3BucketName;
      // Every trail delivers to S3 (CreateTrail requires a bucket), so a missing name is a gap in the data, not an answer.
      if (!bucket) {
        return errorFinding(resource, missingData('cloudtrail:DescribeTrails', `DescribeTrails gave no S3 bucket for trail ${t.name}`));
      }
      if (!buckets.ok) return errorFinding(resource, buckets.error, `the bucket of trail ${t.name}`);
      const listed = buckets.value.find((b) => b.name === bucket);
      if (!listed) {
        return notApplicable(
          resource,
          'bucket-in-other-account',
          `Trail ${t.name} logs to ${bucket}, which is not among this account's buckets (a cross-account logging bucket); assess it in the account that owns it.`,
          { bucket },
        );
      }
      if (!ctx.snapshot.regions.includes(listed.region)) {
        return notApplicable(
          resource,
          'bucket-outside-scanned-regions',
          `Trail ${t.name} logs to ${bucket} in ${listed.region}, a region this scan did not cover; add ${listed.region} to --regions to assess it.`,
          { bucket, bucketRegion: listed.region },
        );
      }
      const got = all(resource, [
        lookup(ctx, S3_BUCKET_ACL, bucket),
        lookup(ctx, S3_BUCKET_POLICY, bucket),
        lookup(ctx, S3_BUCKET_LOGGING, bucket),
      ]);
      if (!got.ok) return got.finding;
      const [acl, policy, logging] = got.values;
      const grants = publicGrants(acl);
      const statements = policy
        ? publicStatements(policy, { account: ctx.snapshot.account, arn: `arn:${ctx.snapshot.partition}:s3:::${bucket}` })
        : [];
      const observed = {
        bucket,
        publicGrants: grants,
        publicPolicyStatements: statements,
        accessLoggingTarget: logging?.targetBucket ?? null,
      };
      const problems = [
        ...(grants.length ? [`its ACL grants ${grants.map((g) => `${g.permission} to ${g.grantee}`).join(', ')}`] : []),
        ...(statements.length ? [`its policy lets anyone use ${statements.join(', ')}`] : []),
        ...(!logging ? ['server access logging is off'] : logging.targetBucket === bucket ? ['it writes its access logs into itself'] : []),
      ];
      if (!problems.length) {
        return pass(
          resource,
          'trail-bucket-secure',
          `Trail ${t.name} logs to ${bucket}, which is not public and has access logging to ${logging!.targetBucket}.`,
          observed,
        );
      }
      const messageId = grants.length || statements.length ? 'trail-bucket-public' : 'trail-bucket-not-logged';
      return fail(resource, messageId, `Trail ${t.name} logs to ${bucket}, but ${problems.join('; ')}.`, observed);
    });
  },
};

import type { Check } from '../../../../../model/check.js';
import { all, lookup, pass, readFetched } from '../../../../check-kit.js';
import { OUTSIDE_ACCESS_SEMANTICS, outsideAccessFinding } from '../../../policy/exposure-finding.js';
import { ORGANIZATIONS_MEMBERSHIP } from '../../organizations/state.js';
import { eachBucket } from '../helpers.js';
import { S3_BUCKET_POLICY, S3_BUCKETS } from '../state.js';

export const s3BucketPolicyNoOutsideAccess: Check = {
  meta: {
    id: 'aws.s3.bucket-policy-no-outside-access',
    title: 'S3 bucket policies grant nothing outside the account or its organisation',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'high',
    requires: [S3_BUCKETS, S3_BUCKET_POLICY, ORGANIZATIONS_MEMBERSHIP],
    rationale:
      `Fails when the bucket policy lets principals of another account, or the public, use the bucket. ${OUTSIDE_ACCESS_SEMANTICS} ` +
      'Block Public Access does not change this result: RestrictPublicBuckets blocks only public policies, and named accounts keep their access. Passes when the bucket has no policy.',
    remediation: {
      text: 'Remove other accounts from the bucket policy or limit them with aws:PrincipalOrgID; share data across accounts through access points or AWS RAM where possible.',
      console: 'S3 → bucket → Permissions → Bucket policy → Edit',
      cli: 'aws s3api put-bucket-policy --bucket <name> --policy file://policy.json',
    },
  },
  evaluate(ctx) {
    const org = readFetched(ctx, ORGANIZATIONS_MEMBERSHIP);
    return eachBucket(ctx, (b, resource) => {
      const got = all(resource, [lookup(ctx, S3_BUCKET_POLICY, b.name)]);
      if (!got.ok) return got.finding;
      const [doc] = got.values;
      if (!doc) return pass(resource, 'no-outside-access', `Bucket ${b.name} has no bucket policy.`, { policy: false });
      return outsideAccessFinding(resource, `Bucket ${b.name} policy`, doc, ctx.snapshot.account, org);
    });
  },
};

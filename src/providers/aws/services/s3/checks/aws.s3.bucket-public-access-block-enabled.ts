import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass, readFetched } from '../../../../check-kit.js';
import { eachBucket, PAB_SWITCHES, switchesOff } from '../helpers.js';
import { S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, S3_BUCKET_PUBLIC_ACCESS_BLOCK, S3_BUCKETS } from '../state.js';

export const s3BucketPublicAccessBlockEnabled: Check = {
  meta: {
    id: 'aws.s3.bucket-public-access-block-enabled',
    title: 'S3 buckets are covered by Block Public Access',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'high',
    requires: [S3_BUCKETS, S3_BUCKET_PUBLIC_ACCESS_BLOCK, S3_ACCOUNT_PUBLIC_ACCESS_BLOCK],
    rationale:
      'S3 enforces, for each of the four Block Public Access switches, the stricter of the bucket and account settings. ' +
      'Passes when all four switches are on in that combined sense: set on the bucket itself, or inherited from the account (observed.inherited names the switches that come from the account). ' +
      'Fails when any switch is off at both levels; a bucket or account with no configuration counts as all off. ' +
      'The account setting is only read when the bucket alone is not enough, so a bucket that blocks everything itself passes even if the account setting could not be read.',
    remediation: {
      text: 'Turn on all four Block Public Access settings on the bucket, or better, for the whole account.',
      console: 'S3 → bucket → Permissions → Block public access (bucket settings) → Edit → Block all public access',
      cli: 'aws s3api put-public-access-block --bucket <name> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    },
    cis: ['3.1.4'],
  },
  evaluate(ctx) {
    return eachBucket(ctx, (b, resource) => {
      const own = all(resource, [lookup(ctx, S3_BUCKET_PUBLIC_ACCESS_BLOCK, b.name)]);
      if (!own.ok) return own.finding;
      const [bucket] = own.values;
      if (switchesOff(bucket).length === 0) {
        return pass(resource, 'bucket-bpa-enabled', `Bucket ${b.name} blocks all public access itself.`, { bucket });
      }
      const withAccount = all(resource, [readFetched(ctx, S3_ACCOUNT_PUBLIC_ACCESS_BLOCK)]);
      if (!withAccount.ok) return withAccount.finding;
      const [account] = withAccount.values;
      const off = PAB_SWITCHES.filter((s) => !bucket?.[s] && !account?.[s]);
      const inherited = PAB_SWITCHES.filter((s) => !bucket?.[s] && account?.[s]);
      const observed = { bucket, account, inherited };
      return off.length === 0
        ? pass(
            resource,
            'bucket-bpa-inherited',
            `Bucket ${b.name} is covered by the account-level Block Public Access (${inherited.join(', ')} inherited).`,
            observed,
          )
        : fail(resource, 'bucket-bpa-off', `Bucket ${b.name} has ${off.join(', ')} off at both bucket and account level.`, {
            ...observed,
            off,
          });
    });
  },
};

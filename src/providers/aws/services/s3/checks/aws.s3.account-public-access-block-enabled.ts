import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import { switchesOff } from '../helpers.js';
import { S3_ACCOUNT_PUBLIC_ACCESS_BLOCK } from '../state.js';

export const s3AccountPublicAccessBlockEnabled: Check = {
  meta: {
    id: 'aws.s3.account-public-access-block-enabled',
    title: 'S3 Block Public Access is fully on for the account',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::::Account',
    severity: 'high',
    requires: [S3_ACCOUNT_PUBLIC_ACCESS_BLOCK],
    rationale:
      'Passes when the account-level S3 Block Public Access configuration has all four switches on (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets). ' +
      'Fails when any switch is off, or when the account has no configuration at all (S3 then applies none of them). ' +
      'The account-level block overrides every bucket, current and future, so one mistaken ACL or policy cannot publish data.',
    remediation: {
      text: 'Turn on all four Block Public Access settings for the account. Buckets that must serve the public should do so through CloudFront with origin access control, not public bucket access.',
      console: 'S3 → Block Public Access settings for this account → Edit → Block all public access',
      cli: 'aws s3control put-public-access-block --account-id <account> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    },
    cis: ['3.1.4'],
  },
  evaluate(ctx) {
    const account = accountResource(ctx);
    return readGlobal(ctx, S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, account, (pab) => {
      if (!pab) {
        return [fail(account, 'account-bpa-missing', 'The account has no S3 Block Public Access configuration.', { configured: false })];
      }
      const off = switchesOff(pab);
      return off.length === 0
        ? [pass(account, 'account-bpa-enabled', 'All four S3 Block Public Access settings are on for the account.', { ...pab })]
        : [fail(account, 'account-bpa-partial', `Account-level S3 Block Public Access has ${off.join(', ')} off.`, { ...pab })];
    });
  },
};

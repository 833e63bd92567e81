import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachBucket } from '../helpers.js';
import { bucketPublicAccess, isFinding, PUBLIC_ACCESS_KEYS } from '../public-access.js';
import { S3_BUCKETS } from '../state.js';

export const s3BucketPolicyNotPublic: Check = {
  meta: {
    id: 'aws.s3.bucket-policy-not-public',
    title: 'S3 bucket policies do not make the bucket publicly accessible',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'critical',
    requires: [S3_BUCKETS, ...PUBLIC_ACCESS_KEYS],
    rationale:
      'Effective exposure, as S3 computes it: fails when the bucket policy is public and Block Public Access does not restrict it. ' +
      'The policy is judged by the IAM policy evaluator: an Allow is public when a wildcard principal ("*", {"AWS": "*"}, or NotPrincipal) can use it from any account or anonymously. ' +
      'Conditions with fixed values on aws:SourceIp (ranges that do not add up to the whole internet), aws:SourceVpce, aws:SourceVpc, aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:PrincipalAccount, aws:PrincipalArn or aws:PrincipalOrgID narrow it; ' +
      '…IfExists and ForAllValues: forms do not (a caller without the key passes them), nor do match-anything values (*, vpce-*, an ARN with a wildcard account); conditions the caller controls (aws:SecureTransport, s3:prefix…) are assumed satisfiable, and a Deny only counts when it certainly applies to an outsider. ' +
      'RestrictPublicBuckets, at account or bucket level, limits such a bucket to AWS services and the owner account, so the grant is then latent and reported by aws.s3.bucket-public-access-latent instead (this check passes). ' +
      'Passes when the bucket has no policy or the policy is not public.',
    remediation: {
      text: 'Replace "*" with the accounts, roles or service principals that need access, or add a condition such as aws:PrincipalOrgID or aws:SourceVpce; serve public content through CloudFront with origin access control; turn on Block Public Access.',
      console: 'S3 → bucket → Permissions → Bucket policy → Edit',
      cli: 'aws s3api put-bucket-policy --bucket <name> --policy file://policy.json',
    },
    cis: ['2.21'],
  },
  evaluate(ctx) {
    return eachBucket(ctx, (b, resource) => {
      const v = bucketPublicAccess(ctx, b, resource, 'policy');
      if (isFinding(v)) return v;
      const observed = { publicStatements: v.grants.policyStatements, restrictedBy: v.neutralisedBy.policy };
      if (v.effective.policy)
        return fail(
          resource,
          'policy-public',
          `Bucket ${b.name} policy lets anyone use ${v.grants.policyStatements.join(', ')}.`,
          observed,
        );
      if (v.latent.policy) {
        return pass(
          resource,
          'policy-public-restricted',
          `Bucket ${b.name} policy is public (${v.grants.policyStatements.join(', ')}), but RestrictPublicBuckets at ${v.neutralisedBy.policy.join(' and ')} level makes it unreachable; see aws.s3.bucket-public-access-latent.`,
          observed,
        );
      }
      return pass(resource, 'policy-not-public', `Bucket ${b.name} policy grants nothing to everyone.`, observed);
    });
  },
};

import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachBucket } from '../helpers.js';
import { bucketPublicAccess, isFinding, PUBLIC_ACCESS_KEYS } from '../public-access.js';
import { S3_BUCKETS } from '../state.js';

export const s3BucketPublicAccessLatent: Check = {
  meta: {
    id: 'aws.s3.bucket-public-access-latent',
    title: 'S3 buckets hold no public grant that only Block Public Access neutralises',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'medium',
    requires: [S3_BUCKETS, ...PUBLIC_ACCESS_KEYS],
    rationale:
      'Latent exposure: fails when the bucket policy or ACL grants public access (a policy is public unless it is limited to fixed principals or fixed values of aws:SourceIp, aws:SourceVpce, aws:SourceVpc, aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:PrincipalOrgID and similar, judged by the policy evaluator; an ACL is public when it grants to AllUsers or AuthenticatedUsers) ' +
      'and Block Public Access, at account or bucket level, makes that grant unreachable today: RestrictPublicBuckets for a public policy, IgnorePublicAcls for a public ACL. ' +
      'BlockPublicPolicy and BlockPublicAcls only refuse new public grants and do not neutralise existing ones. ' +
      'Passes when nothing is granted publicly. Not applicable when the grant is effective: aws.s3.bucket-policy-not-public and aws.s3.bucket-no-public-acl report that as critical. ' +
      'A neutralised grant is one configuration change away from exposing the data, so it is reported at lower severity rather than ignored.',
    remediation: {
      text: 'Remove the public statement from the bucket policy and the public grants from the ACL (prefer Object Ownership "Bucket owner enforced"), and keep Block Public Access on.',
      console: 'S3 → bucket → Permissions → Bucket policy / Access control list',
      cli: 'aws s3api put-bucket-policy --bucket <name> --policy file://policy.json; aws s3api put-bucket-ownership-controls --bucket <name> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    },
  },
  evaluate(ctx) {
    return eachBucket(ctx, (b, resource) => {
      const v = bucketPublicAccess(ctx, b, resource);
      if (isFinding(v)) return v;
      const observed = { grants: v.grants, neutralisedBy: v.neutralisedBy };
      if (v.effective.policy || v.effective.acl) {
        return notApplicable(
          resource,
          'public-grant-effective',
          `Bucket ${b.name} is publicly accessible now; the critical checks report it.`,
          observed,
        );
      }
      const latent = [
        ...(v.latent.policy
          ? [
              `policy statement(s) ${v.grants.policyStatements.join(', ')} (neutralised by RestrictPublicBuckets at ${v.neutralisedBy.policy.join(' and ')} level)`,
            ]
          : []),
        ...(v.latent.acl
          ? [`ACL grant(s) ${v.grants.aclGrants.join(', ')} (ignored by IgnorePublicAcls at ${v.neutralisedBy.acl.join(' and ')} level)`]
          : []),
      ];
      return latent.length
        ? fail(resource, 'public-grant-neutralised', `Bucket ${b.name} grants public access through ${latent.join('; ')}.`, observed)
        : pass(resource, 'no-public-grant', `Bucket ${b.name} grants nothing publicly in its policy or ACL.`, observed);
    });
  },
};

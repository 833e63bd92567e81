import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachBucket } from '../helpers.js';
import { bucketPublicAccess, isFinding, PUBLIC_ACCESS_KEYS } from '../public-access.js';
import { S3_BUCKETS } from '../state.js';

export const s3BucketNoPublicAcl: Check = {
  meta: {
    id: 'aws.s3.bucket-no-public-acl',
    title: 'S3 bucket ACLs do not make the bucket publicly accessible',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'critical',
    requires: [S3_BUCKETS, ...PUBLIC_ACCESS_KEYS],
    rationale:
      'Effective exposure, as S3 computes it: fails when the bucket ACL grants any permission to the AllUsers group (anyone on the internet) or the AuthenticatedUsers group (anyone with any AWS account) and IgnorePublicAcls is off at both account and bucket level. ' +
      'With IgnorePublicAcls on at either level S3 ignores public ACLs on the bucket and its objects, so the grant is latent: this check passes and aws.s3.bucket-public-access-latent reports it. ' +
      'BlockPublicAcls only refuses new public ACLs; it does not neutralise an existing one. Passes when the ACL grants nothing publicly.',
    remediation: {
      text: 'Remove the public grants, and set Object Ownership to "Bucket owner enforced" so ACLs are disabled altogether.',
      console: 'S3 → bucket → Permissions → Object Ownership → Edit → ACLs disabled (Bucket owner enforced)',
      cli: 'aws s3api put-bucket-ownership-controls --bucket <name> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    },
  },
  evaluate(ctx) {
    return eachBucket(ctx, (b, resource) => {
      const v = bucketPublicAccess(ctx, b, resource, 'acl');
      if (isFinding(v)) return v;
      const observed = { publicGrants: v.grants.aclGrants, ignoredBy: v.neutralisedBy.acl };
      if (v.effective.acl) return fail(resource, 'acl-public', `Bucket ${b.name} ACL grants ${v.grants.aclGrants.join(', ')}.`, observed);
      if (v.latent.acl) {
        return pass(
          resource,
          'acl-public-ignored',
          `Bucket ${b.name} ACL grants ${v.grants.aclGrants.join(', ')}, but IgnorePublicAcls at ${v.neutralisedBy.acl.join(' and ')} level makes S3 ignore it; see aws.s3.bucket-public-access-latent.`,
          observed,
        );
      }
      return pass(resource, 'acl-not-public', `Bucket ${b.name} ACL grants nothing to AllUsers or AuthenticatedUsers.`, observed);
    });
  },
};

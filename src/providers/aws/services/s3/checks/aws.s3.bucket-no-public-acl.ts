import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass } from '../../../../check-kit.js';
import { eachBucket } from '../helpers.js';
import { ALL_USERS_URI, AUTHENTICATED_USERS_URI, S3_BUCKET_ACL, S3_BUCKETS } from '../state.js';

const PUBLIC_GROUPS: Record<string, string> = { [ALL_USERS_URI]: 'AllUsers', [AUTHENTICATED_USERS_URI]: 'AuthenticatedUsers' };

export const s3BucketNoPublicAcl: Check = {
  meta: {
    id: 'aws.s3.bucket-no-public-acl',
    title: 'S3 bucket ACLs grant nothing to everyone',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'critical',
    requires: [S3_BUCKETS, S3_BUCKET_ACL],
    rationale:
      'Fails when the bucket ACL grants any permission to the AllUsers group (anyone on the internet) or the AuthenticatedUsers group (anyone with any AWS account). ' +
      'Passes otherwise. The grant is flagged even if Block Public Access currently ignores public ACLs, because it becomes live the moment that setting is relaxed.',
    remediation: {
      text: 'Remove the public grants, and set Object Ownership to "Bucket owner enforced" so ACLs are disabled altogether.',
      console: 'S3 → bucket → Permissions → Object Ownership → Edit → ACLs disabled (Bucket owner enforced)',
      cli: 'aws s3api put-bucket-ownership-controls --bucket <name> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    },
  },
  evaluate(ctx) {
    return eachBucket(ctx, (b, resource) => {
      const got = all(resource, [lookup(ctx, S3_BUCKET_ACL, b.name)]);
      if (!got.ok) return got.finding;
      const [acl] = got.values;
      const publicGrants = acl.grants
        .filter((g) => g.uri !== undefined && g.uri in PUBLIC_GROUPS)
        .map((g) => ({ grantee: PUBLIC_GROUPS[g.uri!]!, permission: g.permission }));
      return publicGrants.length === 0
        ? pass(resource, 'acl-not-public', `Bucket ${b.name} ACL grants nothing to AllUsers or AuthenticatedUsers.`, { publicGrants })
        : fail(
            resource,
            'acl-public',
            `Bucket ${b.name} ACL grants ${publicGrants.map((g) => `${g.permission} to ${g.grantee}`).join(', ')}.`,
            { publicGrants },
          );
    });
  },
};

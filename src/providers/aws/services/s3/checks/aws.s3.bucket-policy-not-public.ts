import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass } from '../../../../check-kit.js';
import { allowsEveryone, RESTRICTING_CONDITION_KEYS } from '../../../iam-policy.js';
import { statementLabel } from '../bucket-policy.js';
import { eachBucket } from '../helpers.js';
import { S3_BUCKET_POLICY, S3_BUCKETS } from '../state.js';

export const s3BucketPolicyNotPublic: Check = {
  meta: {
    id: 'aws.s3.bucket-policy-not-public',
    title: 'S3 bucket policies do not grant access to everyone',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'critical',
    requires: [S3_BUCKETS, S3_BUCKET_POLICY],
    rationale:
      'Fails when the bucket policy has an Allow statement whose principal is everyone ("*", {"AWS": "*"}, or a NotPrincipal) and which is not pinned by a condition on ' +
      `${RESTRICTING_CONDITION_KEYS.join(', ')}. ` +
      'A pinning condition must use a positive operator (StringEquals, StringLike, ArnLike, IpAddress and the like, optionally ForAnyValue:) with concrete values; ' +
      '…IfExists and ForAllValues: forms, negated operators and match-anything values ("*", 0.0.0.0/0, an ARN with a wildcard account) do not pin anything, because a caller without the key, or outside the listed values, still gets in. ' +
      'Passes when no statement is open, and when the bucket has no policy (a missing policy grants nothing). ' +
      'The statement is flagged even if Block Public Access currently restricts it, because it becomes live when that setting is relaxed.',
    remediation: {
      text: 'Replace "*" with the accounts, roles or service principals that need access, or add a condition such as aws:PrincipalOrgID or aws:SourceVpce. Serve public content through CloudFront with origin access control.',
      console: 'S3 → bucket → Permissions → Bucket policy → Edit',
      cli: 'aws s3api put-bucket-policy --bucket <name> --policy file://policy.json',
    },
  },
  evaluate(ctx) {
    return eachBucket(ctx, (b, resource) => {
      const got = all(resource, [lookup(ctx, S3_BUCKET_POLICY, b.name)]);
      if (!got.ok) return got.finding;
      const [doc] = got.values;
      if (!doc)
        return pass(resource, 'policy-none', `Bucket ${b.name} has no bucket policy, so the policy grants nothing.`, { policy: false });
      const open = doc.statements.filter(allowsEveryone).map((s) => statementLabel(doc, s));
      return open.length === 0
        ? pass(resource, 'policy-not-public', `Bucket ${b.name} policy grants nothing to everyone without a restricting condition.`, {
            policy: true,
            publicStatements: [],
          })
        : fail(resource, 'policy-public', `Bucket ${b.name} policy lets anyone use ${open.join(', ')}.`, {
            policy: true,
            publicStatements: open,
          });
    });
  },
};

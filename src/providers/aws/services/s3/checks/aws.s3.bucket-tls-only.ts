import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass } from '../../../../check-kit.js';
import { insecureTransportDeny, statementLabel } from '../bucket-policy.js';
import { eachBucket } from '../helpers.js';
import { S3_BUCKET_POLICY, S3_BUCKETS } from '../state.js';

export const s3BucketTlsOnly: Check = {
  meta: {
    id: 'aws.s3.bucket-tls-only',
    title: 'S3 bucket policies refuse requests without TLS',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'medium',
    requires: [S3_BUCKETS, S3_BUCKET_POLICY],
    rationale:
      'Passes when the bucket policy has a Deny statement for Principal "*" covering every S3 action ("s3:*" or "*") on both the bucket ARN and all its objects (".../*"), ' +
      'whose only condition is Bool aws:SecureTransport = "false". A statement with extra conditions, a NotPrincipal, or narrower actions or resources denies only some plain-HTTP requests and does not count. ' +
      'Fails when no such statement exists, including when the bucket has no policy. S3 endpoints accept plain HTTP, so without this statement data and request signatures can cross the network unencrypted.',
    remediation: {
      text: 'Add a statement: {"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<name>","arn:aws:s3:::<name>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}.',
      console: 'S3 → bucket → Permissions → Bucket policy → Edit',
      cli: 'aws s3api put-bucket-policy --bucket <name> --policy file://policy-with-tls-deny.json',
    },
    cis: ['3.1.1'],
  },
  evaluate(ctx) {
    return eachBucket(ctx, (b, resource) => {
      const got = all(resource, [lookup(ctx, S3_BUCKET_POLICY, b.name)]);
      if (!got.ok) return got.finding;
      const [doc] = got.values;
      if (!doc)
        return fail(resource, 'tls-no-policy', `Bucket ${b.name} has no bucket policy, so plain-HTTP requests are not refused.`, {
          policy: false,
        });
      const deny = insecureTransportDeny(doc, b.arn);
      return deny
        ? pass(resource, 'tls-enforced', `Bucket ${b.name} policy denies plain-HTTP requests (${statementLabel(doc, deny)}).`, {
            policy: true,
            statement: statementLabel(doc, deny),
          })
        : fail(resource, 'tls-not-enforced', `Bucket ${b.name} policy has no statement denying all plain-HTTP requests.`, { policy: true });
    });
  },
};

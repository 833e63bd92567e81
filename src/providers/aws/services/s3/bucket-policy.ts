/** Bucket-policy reading specific to S3 (the general predicates live in src/providers/aws/iam-policy.ts). */

import { globMatch } from '../../../check-kit.js';
import { actionMatches, type PolicyDocument, type PolicyStatement, principalIsWildcard } from '../../iam-policy.js';

/** A pattern ending in `*` that matches a prefix matches everything under that prefix. */
function coversPrefix(pattern: string, prefix: string, match: (p: string, v: string) => boolean): boolean {
  return pattern.endsWith('*') && match(pattern, prefix);
}

/** Every S3 action: `*`, `s3:*`, `s*` and the like. */
function coversAllS3Actions(s: PolicyStatement): boolean {
  return (s.action ?? []).some((a) => coversPrefix(a, 's3:', actionMatches));
}

/** Both the bucket itself and every object in it. */
function coversBucketAndObjects(s: PolicyStatement, bucketArn: string): boolean {
  const resources = s.resource ?? [];
  return resources.some((r) => globMatch(r, bucketArn)) && resources.some((r) => coversPrefix(r, `${bucketArn}/`, globMatch));
}

/**
 * The only condition is `Bool` (or `BoolIfExists`, which is the same for S3, where the key is
 * always present) `aws:SecureTransport = false`. Any further condition would narrow the deny
 * to some requests only.
 */
function onlyInsecureTransport(s: PolicyStatement): boolean {
  const ops = Object.entries(s.condition);
  if (ops.length !== 1) return false;
  const [op, block] = ops[0]!;
  if (op !== 'Bool' && op !== 'BoolIfExists') return false;
  const keys = Object.entries(block);
  if (keys.length !== 1) return false;
  const [key, values] = keys[0]!;
  return key.toLowerCase() === 'aws:securetransport' && values.some((v) => v.toLowerCase() === 'false');
}

/**
 * The statement that denies every S3 action over plain HTTP to everyone, on the bucket and
 * all its objects, or undefined when the policy has none.
 */
export function insecureTransportDeny(doc: PolicyDocument, bucketArn: string): PolicyStatement | undefined {
  return doc.statements.find(
    (s) =>
      s.effect === 'Deny' &&
      principalIsWildcard(s) &&
      s.notPrincipal === undefined &&
      coversAllS3Actions(s) &&
      coversBucketAndObjects(s, bucketArn) &&
      onlyInsecureTransport(s),
  );
}

/** How a statement is named in findings: its Sid, else its position. */
export function statementLabel(doc: PolicyDocument, s: PolicyStatement): string {
  return s.sid || `Statement[${doc.statements.indexOf(s)}]`;
}

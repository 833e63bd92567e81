/**
 * "Is this resource policy open to the public?", shared by the `-not-public` checks of every
 * service whose resources carry a resource-based policy (SQS, SNS, Lambda, ECR, EFS, Secrets
 * Manager, OpenSearch, Backup, KMS, CloudTrail's bucket). The judgement is `resourceExposure`'s.
 */
import type { Finding } from '../../../model/check.js';
import type { ResourceRef } from '../../../model/resource.js';
import { fail, pass } from '../../check-kit.js';
import type { PolicyDocument } from '../iam-policy.js';
import { CALLER_KEYS, type ExposureScope, resourceExposure } from './exposure.js';

/** Rationale text shared by the "not public" checks. */
export const PUBLIC_ACCESS_SEMANTICS =
  'The policy is judged by the IAM policy evaluator, as IAM Access Analyzer and S3 define "public": an Allow statement is public when it names every caller ' +
  '("*", {"AWS":"*"}, a principal ARN with a wildcard account, or NotPrincipal) and an anonymous caller or a principal of an arbitrary account can use it. ' +
  `A condition that fixes one of the caller keys (${CALLER_KEYS.join(', ')}; case-insensitive) to named values pins the statement; ` +
  'wildcard values (arn:aws:sns:*:*:*, vpce-*, an aws:userid pattern with a wildcard unique id, an org path with a wildcard organisation), aws:SourceIp ranges covering the internet (0.0.0.0/0), Null tests alone and negated operators pin nothing, nor do …IfExists and ForAllValues operators (true when the key is absent) unless a Null test requires the key, ' +
  'and conditions on keys the caller controls (aws:SecureTransport, aws:UserAgent…) are assumed satisfiable. ' +
  'aws:SourceArn arn:aws:s3:*:*:<bucket> names one bucket (bucket ARNs have no region or account), and aws:username pins nothing (any account can create a user of that name). ' +
  'The outsider is tried anonymous, signed by another account from the internet, and through a VPC endpoint of their own with foreign values for every caller key (such requests carry no aws:SourceIp, so a Deny of every internet address does not stop them). ' +
  'A Deny cancels a public Allow only when it certainly applies to every outsider for the same actions and resources. Any action counts, as Access Analyzer counts it. ' +
  'Service principals (sns.amazonaws.com) are not the public, and grants to named or pinned other accounts are cross-account access, not public: that is the concern of the outside-access checks, not this one.';

/** What a check may narrow the question to (the actions that matter, request facts every such call carries). */
export type PublicScope = Pick<ExposureScope, 'actions' | 'context'>;

/** Labels of the statements that open `doc` to the public, for the resource `on` (its account and ARN). */
export function publicStatements(doc: PolicyDocument, on: { account: string; arn?: string }, scope: PublicScope = {}): readonly string[] {
  return resourceExposure(doc, { account: on.account, ...(on.arn ? { resource: on.arn } : {}), ...scope }).publicStatements;
}

/**
 * Pass or fail for a resource policy: fails when a statement is public. `null` means the
 * resource has no policy, which grants nothing to other principals.
 */
export function publicPolicyFinding(resource: ResourceRef, what: string, doc: PolicyDocument | null, scope: PublicScope = {}): Finding {
  if (!doc)
    return pass(resource, 'policy-none', `${what} has no resource policy, so it grants nothing to other principals.`, {
      policy: false,
      publicStatements: [],
    });
  const open = publicStatements(doc, resource, scope);
  return open.length === 0
    ? pass(resource, 'policy-not-public', `${what}'s policy grants nothing to everyone.`, { policy: true, publicStatements: [] })
    : fail(resource, 'policy-public', `${what}'s policy lets any principal in any account use ${open.join(', ')}.`, {
        policy: true,
        publicStatements: open,
      });
}

/**
 * Policy shapes that string matching misjudged, for the `-not-public` checks' case tables
 * (test-only; excluded from the build). Each check turns them into cases with its own
 * snapshot builder and message ids, so every check is held to the same judgement.
 */
import { ACCOUNT, type CheckCase, type SnapshotBuilder } from '../../../../test/support/snapshot.js';
import { type PolicyDocument, parsePolicyDocument } from '../iam-policy.js';

export interface PolicyScenario {
  readonly name: string;
  readonly policy: PolicyDocument;
  /** Whether the `-not-public` check must fail it. */
  readonly public: boolean;
}

const doc = (...statements: object[]) => parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: statements }));

/** The scenarios for a check that cares about `action` on a resource whose statements use `resource`. */
export function publicScenarios(action: string, resource = '*'): PolicyScenario[] {
  const allow = (extra: object = {}) => ({ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: action, Resource: resource, ...extra });
  const when = (condition: object) => allow({ Condition: condition });
  const deny = (extra: object = {}) => ({ Effect: 'Deny', Principal: '*', Action: action, Resource: resource, ...extra });
  return [
    { name: 'a Deny for everyone on the same action cancels the public Allow', policy: doc(allow(), deny()), public: false },
    { name: 'a Deny for another action does not cancel it', policy: doc(allow(), deny({ Action: 'sts:AssumeRole' })), public: true },
    {
      name: 'a Deny the caller can dodge (plain HTTP only) does not cancel it',
      policy: doc(allow(), deny({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } })),
      public: true,
    },
    {
      name: 'a Deny outside the organisation cancels it',
      policy: doc(allow(), deny({ Action: '*', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })),
      public: false,
    },
    { name: 'NotAction for everyone is public', policy: doc({ ...allow(), Action: undefined, NotAction: 'iam:*' }), public: true },
    {
      name: 'a wildcard aws:SourceArn (arn:aws:sns:*:*:*) pins nothing',
      policy: doc(when({ StringLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } })),
      public: true,
    },
    {
      name: "AWS's S3 event pattern (aws:SourceArn arn:aws:s3:*:*:<bucket>) pins the bucket",
      policy: doc(when({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:acme-uploads' } })),
      public: false,
    },
    {
      name: 'aws:username pins nothing (any account can name a user alice)',
      policy: doc(when({ StringEquals: { 'aws:username': 'alice' } })),
      public: true,
    },
    { name: 'aws:SourceIp 0.0.0.0/0 is public', policy: doc(when({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })), public: true },
    {
      name: 'a fixed aws:SourceArn pins the caller',
      policy: doc(when({ ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` } })),
      public: false,
    },
    {
      name: 'a fixed aws:SourceAccount pins the caller (lower-case key)',
      policy: doc(when({ StringEquals: { 'aws:sourceaccount': ACCOUNT } })),
      public: false,
    },
    {
      name: 'StringEqualsIfExists on aws:SourceAccount pins nothing (a direct call has no such key)',
      policy: doc(when({ StringEqualsIfExists: { 'aws:SourceAccount': ACCOUNT } })),
      public: true,
    },
    {
      name: 'IfExists with a Null test requiring the key pins the caller',
      policy: doc(when({ StringEqualsIfExists: { 'aws:SourceAccount': ACCOUNT }, Null: { 'aws:SourceAccount': 'false' } })),
      public: false,
    },
    { name: 'a service principal is not the public', policy: doc(allow({ Principal: { Service: 'sns.amazonaws.com' } })), public: false },
    {
      name: 'every account root (arn:aws:iam::*:root) is public',
      policy: doc(allow({ Principal: { AWS: 'arn:aws:iam::*:root' } })),
      public: true,
    },
    {
      name: 'a named other account is cross-account, not public',
      policy: doc(allow({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } })),
      public: false,
    },
  ];
}

/** The scenarios as case-table rows: `of` builds the snapshot holding the policy; `ids` are the check's pass and fail message ids. */
export function publicCases(
  action: string,
  of: (policy: PolicyDocument) => SnapshotBuilder,
  ids: { readonly pass: string; readonly fail: string } = { pass: 'policy-not-public', fail: 'policy-public' },
  resource = '*',
): CheckCase[] {
  return publicScenarios(action, resource).map((s) => ({
    name: s.name,
    snapshot: of(s.policy),
    expected: [s.public ? ['fail', ids.fail] : ['pass', ids.pass]],
  }));
}

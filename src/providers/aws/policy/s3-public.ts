/**
 * S3 public access as S3 itself computes it (S3 User Guide, "Blocking public access" and
 * "The meaning of public"):
 * - a bucket POLICY is public unless every Allow is limited to fixed principals or fixed
 *   values of `aws:SourceIp` (ranges not covering the internet), `aws:SourceArn`,
 *   `aws:SourceVpc`, `aws:SourceVpce`, `aws:SourceOwner`, `aws:SourceAccount`,
 *   `aws:PrincipalOrgID`… (judged by `resourceExposure`);
 * - an ACL is public when it grants to the AllUsers or AuthenticatedUsers group;
 * - Block Public Access applies the most restrictive of the account and bucket settings:
 *   `RestrictPublicBuckets` limits a bucket with a public policy to AWS services and the
 *   owner's principals, so the policy's public grant is unreachable; `IgnorePublicAcls` makes
 *   S3 ignore public ACLs on the bucket and its objects. `BlockPublicPolicy` and
 *   `BlockPublicAcls` only refuse NEW public policies and ACLs: existing grants stay effective.
 * A public grant that Block Public Access neutralises is LATENT: not reachable today, but one
 * switch away from being so.
 */
import type { PolicyDocument } from '../iam-policy.js';
import { resourceExposure } from './exposure.js';

export interface PublicAccessBlockSwitches {
  readonly blockPublicAcls: boolean;
  readonly ignorePublicAcls: boolean;
  readonly blockPublicPolicy: boolean;
  readonly restrictPublicBuckets: boolean;
}

export interface AclGrantLike {
  readonly granteeType: string;
  readonly uri?: string;
  readonly permission: string;
}

export const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

export interface S3PublicInput {
  readonly account: string;
  readonly orgId?: string;
  readonly policy: PolicyDocument | null;
  readonly aclGrants: readonly AclGrantLike[];
  /** `null`: never configured (every switch off). */
  readonly accountBlock: PublicAccessBlockSwitches | null;
  readonly bucketBlock: PublicAccessBlockSwitches | null;
}

export interface S3PublicVerdict {
  /** What the policy and ACL grant, before Block Public Access. */
  readonly grants: { readonly policyStatements: readonly string[]; readonly aclGrants: readonly string[] };
  /** Reachable by the public today. */
  readonly effective: { readonly policy: boolean; readonly acl: boolean };
  /** Granted but neutralised by Block Public Access, and by which level. */
  readonly latent: { readonly policy: boolean; readonly acl: boolean };
  /** Where the neutralising switch is set: `account`, `bucket` or both. */
  readonly neutralisedBy: { readonly policy: readonly ('account' | 'bucket')[]; readonly acl: readonly ('account' | 'bucket')[] };
}

function levels(input: S3PublicInput, sw: keyof PublicAccessBlockSwitches): ('account' | 'bucket')[] {
  return [...(input.accountBlock?.[sw] ? (['account'] as const) : []), ...(input.bucketBlock?.[sw] ? (['bucket'] as const) : [])];
}

/** Public ACL grants as `AllUsers:READ`-style labels. */
export function publicAclGrants(grants: readonly AclGrantLike[]): string[] {
  return grants
    .filter((g) => g.granteeType === 'Group' && (g.uri === ALL_USERS || g.uri === AUTHENTICATED_USERS))
    .map((g) => `${g.uri === ALL_USERS ? 'AllUsers' : 'AuthenticatedUsers'}:${g.permission}`);
}

export function s3PublicAccess(input: S3PublicInput): S3PublicVerdict {
  const policyStatements = input.policy
    ? resourceExposure(input.policy, { account: input.account, ...(input.orgId ? { orgId: input.orgId } : {}) }).publicStatements
    : [];
  const aclGrants = publicAclGrants(input.aclGrants);
  const restrict = levels(input, 'restrictPublicBuckets');
  const ignore = levels(input, 'ignorePublicAcls');
  const policyGranted = policyStatements.length > 0;
  const aclGranted = aclGrants.length > 0;
  return {
    grants: { policyStatements, aclGrants },
    effective: { policy: policyGranted && restrict.length === 0, acl: aclGranted && ignore.length === 0 },
    latent: { policy: policyGranted && restrict.length > 0, acl: aclGranted && ignore.length > 0 },
    neutralisedBy: { policy: policyGranted ? restrict : [], acl: aclGranted ? ignore : [] },
  };
}

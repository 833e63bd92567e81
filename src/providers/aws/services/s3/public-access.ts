/** Shared by the S3 public-access checks: the bucket's grants judged after Block Public Access. */
import type { CheckContext, Finding } from '../../../../model/check.js';
import { ok } from '../../../../model/fetched.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { all, errorFinding, lookup, readFetched } from '../../../check-kit.js';
import { publicAclGrants, type S3PublicVerdict, s3PublicAccess } from '../../policy/index.js';
import { S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, S3_BUCKET_ACL, S3_BUCKET_POLICY, S3_BUCKET_PUBLIC_ACCESS_BLOCK, type S3Bucket } from './state.js';

export const PUBLIC_ACCESS_KEYS = [S3_BUCKET_POLICY, S3_BUCKET_ACL, S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, S3_BUCKET_PUBLIC_ACCESS_BLOCK] as const;

/**
 * The bucket's public-access verdict, or the error finding that prevents one. Block Public
 * Access is only needed when something is granted publicly, and one level with the
 * neutralising switch on settles it even if the other level could not be read.
 */
export function bucketPublicAccess(
  ctx: CheckContext,
  b: S3Bucket,
  resource: ResourceRef,
  channels: 'policy' | 'acl' | 'both' = 'both',
): S3PublicVerdict | Finding {
  // A check about one channel does not need the other: an unreadable policy says nothing about the ACL.
  const policyRead = channels === 'acl' ? ok(null) : lookup(ctx, S3_BUCKET_POLICY, b.name);
  const aclRead = channels === 'policy' ? ok({ grants: [] }) : lookup(ctx, S3_BUCKET_ACL, b.name);
  const got = all(resource, [policyRead, aclRead]);
  if (!got.ok) return got.finding;
  const [policy, acl] = got.values;
  const base = { account: ctx.snapshot.account, policy, aclGrants: acl.grants };
  const bare = s3PublicAccess({ ...base, accountBlock: null, bucketBlock: null });
  if (!bare.effective.policy && !bare.effective.acl) return bare;
  const account = readFetched(ctx, S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, 'global');
  const bucket = lookup(ctx, S3_BUCKET_PUBLIC_ACCESS_BLOCK, b.name);
  const verdict = s3PublicAccess({
    ...base,
    accountBlock: account.ok ? account.value : null,
    bucketBlock: bucket.ok ? bucket.value : null,
  });
  // An unread level could only add a neutralising switch: it matters where something is still effective.
  const undecided = (verdict.effective.policy || verdict.effective.acl) && (!account.ok || !bucket.ok);
  if (undecided && !account.ok) return errorFinding(resource, account.error, 'account-level Block Public Access');
  if (undecided && !bucket.ok) return errorFinding(resource, bucket.error, 'bucket-level Block Public Access');
  return verdict;
}

export function isFinding(v: S3PublicVerdict | Finding): v is Finding {
  return 'status' in v;
}

export { publicAclGrants };

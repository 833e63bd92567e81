/** Snapshots for the S3 public-access tables: a bucket's policy and ACL, and both Block Public Access levels. */
import { ok } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import type { PolicyDocument } from '../../../iam-policy.js';
import {
  type AclGrant,
  ALL_USERS_URI,
  type PublicAccessBlock,
  S3_ACCOUNT_PUBLIC_ACCESS_BLOCK,
  S3_BUCKET_ACL,
  S3_BUCKET_POLICY,
  S3_BUCKET_PUBLIC_ACCESS_BLOCK,
} from '../state.js';
import { pab, policy, publicRead, withBuckets } from './builders.fixtures.js';

export const OWNER: AclGrant = { granteeType: 'CanonicalUser', id: 'owner-canonical-id', permission: 'FULL_CONTROL' };
export const ALL_USERS_READ: AclGrant = { granteeType: 'Group', uri: ALL_USERS_URI, permission: 'READ' };
export const PUBLIC_POLICY = policy(publicRead());

export interface Exposure {
  policy?: PolicyDocument | null;
  grants?: AclGrant[];
  account?: Fetched<PublicAccessBlock | null> | PublicAccessBlock | null;
  bucket?: Fetched<PublicAccessBlock | null> | PublicAccessBlock | null;
}

/** Bucket `a` with these grants; Block Public Access off at both levels unless given. */
export function exposed(e: Exposure = {}) {
  return withBuckets()
    .global(S3_BUCKET_POLICY, { a: ok(e.policy ?? null) })
    .global(S3_BUCKET_ACL, { a: ok({ ownerId: 'owner-canonical-id', grants: [OWNER, ...(e.grants ?? [])] }) })
    .global(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, e.account === undefined ? pab(false) : e.account)
    .global(S3_BUCKET_PUBLIC_ACCESS_BLOCK, { a: e.bucket === undefined ? ok(pab(false)) : isFetched(e.bucket) ? e.bucket : ok(e.bucket) });
}

function isFetched<T>(v: Fetched<T> | T): v is Fetched<T> {
  return typeof v === 'object' && v !== null && 'ok' in v;
}

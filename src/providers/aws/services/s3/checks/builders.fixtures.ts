/** Small builders shared by the S3 check tables. */

import { type SnapshotBuilder, snapshot } from '../../../../../../test/support/snapshot.js';
import type { PolicyDocument, PolicyStatement } from '../../../iam-policy.js';
import { type PublicAccessBlock, S3_BUCKETS, type S3Bucket } from '../state.js';

export const bucket = (name: string, region = 'us-east-1'): S3Bucket => ({ name, arn: `arn:aws:s3:::${name}`, region });

/** A snapshot whose bucket list holds these buckets (default: one bucket `a`). */
export const withBuckets = (...names: string[]): SnapshotBuilder =>
  snapshot().global(
    S3_BUCKETS,
    (names.length ? names : ['a']).map((n) => bucket(n)),
  );

export const pab = (on: boolean, overrides: Partial<PublicAccessBlock> = {}): PublicAccessBlock => ({
  blockPublicAcls: on,
  ignorePublicAcls: on,
  blockPublicPolicy: on,
  restrictPublicBuckets: on,
  ...overrides,
});

export const policy = (...statements: PolicyStatement[]): PolicyDocument => ({ version: '2012-10-17', statements });

export const stmt = (s: Partial<PolicyStatement> & Pick<PolicyStatement, 'effect'>): PolicyStatement => ({ condition: {}, ...s });

/** The textbook TLS-only statement for bucket `name`. */
export const tlsDeny = (name = 'a', overrides: Partial<PolicyStatement> = {}): PolicyStatement =>
  stmt({
    sid: 'DenyInsecureTransport',
    effect: 'Deny',
    principal: { AWS: ['*'] },
    action: ['s3:*'],
    resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
    condition: { Bool: { 'aws:SecureTransport': ['false'] } },
    ...overrides,
  });

/** `s3:GetObject` for everyone on bucket `name`'s objects. */
export const publicRead = (name = 'a', overrides: Partial<PolicyStatement> = {}): PolicyStatement =>
  stmt({
    sid: 'PublicRead',
    effect: 'Allow',
    principal: { AWS: ['*'] },
    action: ['s3:GetObject'],
    resource: [`arn:aws:s3:::${name}/*`],
    ...overrides,
  });

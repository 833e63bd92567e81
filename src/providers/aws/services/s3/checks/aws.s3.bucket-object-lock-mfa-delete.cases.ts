import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { S3_BUCKET_OBJECT_LOCK, S3_BUCKET_VERSIONING } from '../state.js';
import { s3BucketObjectLockMfaDelete as check } from './aws.s3.bucket-object-lock-mfa-delete.js';
import { withBuckets } from './builders.fixtures.js';

const lockOn = ok({ enabled: true, defaultRetention: { mode: 'COMPLIANCE' as const, days: 365 } });
const versioning = (mfaDelete: boolean) => ok({ status: 'Enabled' as const, mfaDelete });
const records = () => withBuckets('records-2026', 'scratch');
const lockParams = { objectLockRequiredBuckets: ['records-*'] };
const mfaParams = { mfaDeleteRequiredBuckets: ['records-*'] };
const bothParams = { ...lockParams, ...mfaParams };

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'no requirements: every bucket is not applicable',
      snapshot: records().global(S3_BUCKET_OBJECT_LOCK, {}).global(S3_BUCKET_VERSIONING, {}),
      expected: [
        ['not_applicable', 'not-required'],
        ['not_applicable', 'not-required'],
      ],
    },
    {
      name: 'Object Lock required and on passes; other bucket not applicable',
      snapshot: records()
        .global(S3_BUCKET_OBJECT_LOCK, { 'records-2026': lockOn, scratch: ok(null) })
        .global(S3_BUCKET_VERSIONING, {}),
      params: lockParams,
      expected: [
        ['pass', 'protection-in-place'],
        ['not_applicable', 'not-required'],
      ],
    },
    {
      name: 'Object Lock required but not configured fails',
      snapshot: records()
        .global(S3_BUCKET_OBJECT_LOCK, { 'records-2026': ok(null) })
        .global(S3_BUCKET_VERSIONING, {}),
      params: lockParams,
      expected: [
        ['fail', 'object-lock-missing'],
        ['not_applicable', 'not-required'],
      ],
    },
    {
      name: 'MFA delete required and on passes',
      snapshot: records()
        .global(S3_BUCKET_OBJECT_LOCK, {})
        .global(S3_BUCKET_VERSIONING, { 'records-2026': versioning(true) }),
      params: mfaParams,
      expected: [
        ['pass', 'protection-in-place'],
        ['not_applicable', 'not-required'],
      ],
    },
    {
      name: 'MFA delete required but off fails',
      snapshot: records()
        .global(S3_BUCKET_OBJECT_LOCK, { 'records-2026': lockOn })
        .global(S3_BUCKET_VERSIONING, { 'records-2026': versioning(false) }),
      params: bothParams,
      expected: [
        ['fail', 'mfa-delete-missing'],
        ['not_applicable', 'not-required'],
      ],
    },
    {
      name: 'both required, neither present fails',
      snapshot: records()
        .global(S3_BUCKET_OBJECT_LOCK, { 'records-2026': ok({ enabled: false }) })
        .global(S3_BUCKET_VERSIONING, { 'records-2026': versioning(false) }),
      params: bothParams,
      expected: [
        ['fail', 'object-lock-and-mfa-delete-missing'],
        ['not_applicable', 'not-required'],
      ],
    },
    {
      name: 'a denied input the bucket needs is an error',
      snapshot: records()
        .global(S3_BUCKET_OBJECT_LOCK, { 'records-2026': lockOn })
        .global(S3_BUCKET_VERSIONING, { 'records-2026': denied('s3:GetBucketVersioning') }),
      params: bothParams,
      expected: [
        ['error', 'error.denied'],
        ['not_applicable', 'not-required'],
      ],
    },
    {
      name: 'a denied input the bucket does not need is ignored',
      snapshot: records()
        .global(S3_BUCKET_OBJECT_LOCK, { 'records-2026': lockOn })
        .global(S3_BUCKET_VERSIONING, { 'records-2026': denied('s3:GetBucketVersioning') }),
      params: lockParams,
      expected: [
        ['pass', 'protection-in-place'],
        ['not_applicable', 'not-required'],
      ],
    },
  ],
};

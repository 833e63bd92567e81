import { z } from 'zod';

/** Thresholds checks read. Defaults follow the CIS AWS Foundations Benchmark where it has one. */
export const CheckParamsSchema = z
  .object({
    /** Access keys older than this fail rotation. */
    accessKeyMaxAgeDays: z.number().int().positive().default(90),
    /** Passwords and keys unused this long must be disabled. */
    credentialUnusedDays: z.number().int().positive().default(45),
    /** The root user must not have been used within this window. */
    rootUnusedDays: z.number().int().positive().default(90),
    passwordMinLength: z.number().int().min(8).max(128).default(14),
    passwordReusePrevention: z.number().int().min(1).max(24).default(24),
    /** Maximum password age; null means the organisation does not require expiry. */
    passwordMaxAgeDays: z.number().int().positive().nullable().default(null),
    /** Minimum CloudWatch Logs retention; never-expire always passes. */
    logRetentionDays: z.number().int().positive().default(365),
    /** Buckets whose names match these globs must have Object Lock. */
    objectLockRequiredBuckets: z.array(z.string()).default([]),
    /** Buckets whose names match these globs must have MFA delete. */
    mfaDeleteRequiredBuckets: z.array(z.string()).default([]),
  })
  .strict();

export type CheckParams = z.infer<typeof CheckParamsSchema>;

export const DEFAULT_PARAMS: CheckParams = CheckParamsSchema.parse({});

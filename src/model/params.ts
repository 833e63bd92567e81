import { z } from 'zod';

/** Thresholds checks read. Defaults follow the CIS AWS Foundations Benchmark where it has one. */
export const CheckParamsSchema = z
  .object({
    accessKeyMaxAgeDays: z.number().int().positive().default(90).describe('Active access keys older than this fail rotation (CIS 1.14).'),
    credentialUnusedDays: z
      .number()
      .int()
      .positive()
      .default(45)
      .describe('Passwords and keys unused this long must be disabled (CIS 1.12).'),
    rootUnusedDays: z.number().int().positive().default(90).describe('The root user must not have been used within this many days.'),
    passwordMinLength: z.number().int().min(8).max(128).default(14).describe('Minimum IAM password length (CIS 1.8).'),
    passwordReusePrevention: z.number().int().min(1).max(24).default(24).describe('Previous passwords that may not be reused (CIS 1.9).'),
    passwordMaxAgeDays: z
      .number()
      .int()
      .positive()
      .nullable()
      .default(null)
      .describe('Maximum password age; null when the organisation does not require expiry.'),
    logRetentionDays: z.number().int().positive().default(365).describe('Minimum CloudWatch Logs retention; never-expire always passes.'),
    objectLockRequiredBuckets: z.array(z.string()).default([]).describe('Bucket-name globs that must have S3 Object Lock.'),
    mfaDeleteRequiredBuckets: z.array(z.string()).default([]).describe('Bucket-name globs that must have versioning MFA delete.'),
    azureOwnerTag: z
      .string()
      .min(1)
      .default('owner')
      .describe('Azure tag naming who owns a resource (matched case-insensitively, as Azure does).'),
    azureCriticalGroupTags: z
      .array(z.string().min(1))
      .default(['criticality=critical'])
      .describe('Tags that mark an Azure resource group critical: `name` (any value) or `name=value`, case-insensitive.'),
    azureCriticalGroups: z
      .array(z.string().min(1))
      .default([])
      .describe('Resource-group name globs that are critical whatever their tags.'),
    azureSharedKeyScope: z
      .enum(['all', 'critical'])
      .default('all')
      .describe('Which storage accounts must have shared key access disabled: all, or only those in critical resource groups.'),
  })
  .strict();

export type CheckParams = z.infer<typeof CheckParamsSchema>;

export const DEFAULT_PARAMS: CheckParams = CheckParamsSchema.parse({});

import { z } from 'zod';

/**
 * End of standard support per Kubernetes minor version on Amazon EKS (the EKS Kubernetes
 * release calendar). Extended support, where enabled, runs 12 months longer at extra cost.
 */
export const EKS_STANDARD_SUPPORT_END: Readonly<Record<string, string>> = {
  '1.23': '2023-10-11',
  '1.24': '2024-01-31',
  '1.25': '2024-05-01',
  '1.26': '2024-06-11',
  '1.27': '2024-07-24',
  '1.28': '2024-11-26',
  '1.29': '2025-03-23',
  '1.30': '2025-07-23',
  '1.31': '2025-11-26',
  '1.32': '2026-03-23',
  '1.33': '2026-07-29',
};

export const EKS_PARAMS = z
  .object({
    standardSupportEnd: z
      .record(z.string(), z.iso.date())
      .default({})
      .describe('Extra or corrected end-of-standard-support dates by Kubernetes version (YYYY-MM-DD), merged over the built-in table.'),
    requiredLogTypes: z
      .array(z.enum(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']))
      .default(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'])
      .describe('Control-plane log types every cluster must send to CloudWatch Logs.'),
  })
  .strict();

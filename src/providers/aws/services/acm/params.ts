import { z } from 'zod';

/** Tunables of the aws.acm checks. */
export const ACM_PARAMS = z.object({
  expiryWarningDays: z
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('Days before expiry from which a certificate fails certificate-not-expiring.'),
});

import { z } from 'zod';

/** Tunables of the aws.secretsmanager checks. */
export const SECRETS_PARAMS = z.object({
  maxDaysSinceRotation: z
    .number()
    .int()
    .min(1)
    .default(90)
    .describe('Most days since a secret was last rotated (secret-rotated-recently).'),
  maxDaysUnused: z
    .number()
    .int()
    .min(1)
    .default(90)
    .describe('Most days a secret may go unread before it counts as unused (secret-recently-used).'),
});

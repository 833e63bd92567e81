/** Authorization parameters: how many subscription owners are expected. */
import { z } from 'zod';

export const AUTHORIZATION_PARAMS = z
  .object({
    minOwners: z
      .number()
      .int()
      .min(0)
      .default(2)
      .describe('Fewest Owner assignments at subscription scope (CIS: 2, so one absence does not lock the subscription).'),
    maxOwners: z.number().int().min(1).default(3).describe('Most Owner assignments at subscription scope (CIS: 3).'),
  })
  .strict();

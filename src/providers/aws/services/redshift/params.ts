import { z } from 'zod';

/** Tunables of the aws.redshift checks. */
export const REDSHIFT_PARAMS = z.object({
  minSnapshotRetentionDays: z
    .number()
    .int()
    .min(1)
    .default(7)
    .describe('Fewest days a Redshift cluster must keep automated snapshots (cluster-snapshot-retention).'),
});

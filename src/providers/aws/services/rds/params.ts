import { z } from 'zod';

/** Tunables of the aws.rds checks. */
export const RDS_PARAMS = z.object({
  minBackupRetentionDays: z
    .number()
    .int()
    .min(1)
    .default(7)
    .describe('Fewest days of automated backups an RDS instance or cluster must keep (backup-retention checks).'),
});

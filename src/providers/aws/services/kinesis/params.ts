import { z } from 'zod';

/** Tunables of the aws.kinesis checks. */
export const KINESIS_PARAMS = z
  .object({
    minimumRetentionHours: z
      .number()
      .int()
      .min(24)
      .max(8760)
      .default(168)
      .describe('Hours a stream must keep its records for stream-retention to pass (24 to 8760; Security Hub Kinesis.3 uses 168).'),
  })
  .strict();

import { z } from 'zod';

/** Tunables of the aws.sfn checks. */
export const SFN_PARAMS = z
  .object({
    minimumLogLevel: z
      .enum(['FATAL', 'ERROR', 'ALL'])
      .default('ERROR')
      .describe('Least verbose log level a state machine may use for state-machine-logging-enabled to pass (FATAL < ERROR < ALL).'),
  })
  .strict();

import { z } from 'zod';

export const INSPECTOR_PARAMS = z
  .object({
    requiredScans: z
      .array(z.enum(['ec2', 'ecr', 'lambda', 'lambdaCode', 'codeRepository']))
      .default(['ec2', 'ecr', 'lambda'])
      .describe('Inspector scan types that must be enabled in every scanned region.'),
  })
  .strict();

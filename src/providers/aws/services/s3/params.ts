/** The S3 service's tunable parameters (`serviceParams: { "aws.s3": { … } }` in the config). */
import { z } from 'zod';

export const S3_PARAMS = z.object({
  requireKms: z
    .boolean()
    .default(false)
    .describe(
      'Require SSE-KMS (aws:kms or aws:kms:dsse) as default bucket encryption; SSE-S3 then fails aws.s3.bucket-default-encryption-kms.',
    ),
});

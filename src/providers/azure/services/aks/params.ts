/** AKS parameters: the oldest Kubernetes minor version still accepted. */
import { z } from 'zod';

export const AKS_PARAMS = z
  .object({
    minimumKubernetesVersion: z
      .string()
      .regex(/^\d+\.\d+$/)
      .default('1.32')
      .describe(
        'Oldest Kubernetes minor version AKS still supports (AKS supports the three newest GA minors; 1.32 as of December 2026). Raise it as minors leave support.',
      ),
  })
  .strict();

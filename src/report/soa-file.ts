import { z } from 'zod';
import { InputError } from '../errors.js';
import { readInputFile } from '../input-file.js';

const Decision = z
  .object({
    applicable: z.boolean(),
    /** Why a control is excluded (mandatory) or, optionally, why it is included. */
    justification: z.string().trim().min(1, 'must not be empty').optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (!d.applicable && !d.justification) {
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message: 'required when applicable is false (ISO/IEC 27001 clause 6.1.3 d)',
      });
    }
  });

const SoaFileSchema = z
  .object({
    /** Free text printed in the report header, e.g. the ISMS scope statement. */
    scope: z.string().trim().min(1).optional(),
    controls: z.record(z.string(), Decision).default({}),
  })
  .strict();

export type SoaDecision = z.infer<typeof Decision>;

export interface SoaFile {
  scope?: string;
  decisions: Map<string, SoaDecision>;
}

/** An empty decision file: every control applicable. */
export const DEFAULT_SOA: SoaFile = { decisions: new Map() };

/**
 * Read `soa.yaml`: applicability decisions keyed by control id. Unknown ids are errors so a
 * typo (A.7.01) can never silently leave a control applicable.
 */
export function loadSoaFile(file: string, controlIds: readonly string[], label: string = file): SoaFile {
  const data = readInputFile(file, label, 'yaml', SoaFileSchema);
  const known = new Set(controlIds);
  for (const id of Object.keys(data.controls)) {
    if (!known.has(id))
      throw new InputError(label, `controls.${id}: not an ISO/IEC 27001:2022 Annex A control id (expected e.g. A.5.1 … A.8.34)`);
  }
  return { ...(data.scope ? { scope: data.scope } : {}), decisions: new Map(Object.entries(data.controls)) };
}

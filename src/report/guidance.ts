import { z } from 'zod';
import { readInputFile } from '../input-file.js';
import { fromRoot } from '../paths.js';

const REL = 'iso27001-2022/evidence-guidance.yaml';

const GuidanceSchema = z
  .object({ framework: z.literal('iso27001:2022'), guidance: z.record(z.string(), z.string().trim().min(10)) })
  .strict();

/** What an auditor should ask for, per control: the prose for manual and partial controls. */
export function loadEvidenceGuidance(): Map<string, string> {
  return new Map(Object.entries(readInputFile(fromRoot('mappings', REL), `mappings/${REL}`, 'yaml', GuidanceSchema).guidance));
}

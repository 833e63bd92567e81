import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { allMappings } from '../engine/mappings.js';
import { InputError } from '../errors.js';

import { loadResult } from '../output/load-result.js';
import { loadAttestations } from '../report/attestations.js';
import { loadEvidenceGuidance } from '../report/guidance.js';
import { readHistory } from '../report/history.js';
import { buildSoa, FRAMEWORK, naWithEvidence } from '../report/soa.js';
import { DEFAULT_SOA, loadSoaFile } from '../report/soa-file.js';
import { SOA_FORMATS, writeSoa } from '../report/write.js';
import { shownName } from '../shown-name.js';
import type { CliIO } from './io.js';
import { choicesOption } from './options.js';

export interface SoaFlags {
  result: string;
  soa?: string;
  history?: string;
  attestations?: string;
  format: string;
  out: string;
}

/** `annexa report soa`: the Statement of Applicability from a scan result. */
export async function soaCommand(flags: SoaFlags, io: CliIO, now: () => Date = () => new Date()): Promise<number> {
  const formats = choicesOption('--format', flags.format, SOA_FORMATS);
  const outDir = resolve(io.cwd, flags.out);
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new InputError('--out', `${shownName(flags.out)} exists and is not a directory`);
  const result = loadResult(resolve(io.cwd, flags.result), {
    shownAs: flags.result,
    notFound: 'file not found; run `annexa scan` first or pass --result FILE',
  });
  const mappings = allMappings();
  const ids = mappings.catalogues.find((c) => c.framework === FRAMEWORK)?.controls.map((c) => c.id) ?? [];
  const soa = flags.soa ? loadSoaFile(resolve(io.cwd, flags.soa), ids, flags.soa) : DEFAULT_SOA;
  const history = flags.history ? readHistory(resolve(io.cwd, flags.history), flags.history, ids) : undefined;
  const attestations = flags.attestations ? loadAttestations(resolve(io.cwd, flags.attestations), ids, flags.attestations) : undefined;
  const report = buildSoa({
    result,
    mappings,
    soa,
    guidance: loadEvidenceGuidance(),
    resultFile: flags.result,
    generatedAt: now().toISOString(),
    ...(history ? { history } : {}),
    ...(attestations ? { attestations } : {}),
  });
  for (const row of report.rows)
    if (!row.applicable && row.itemCount) io.stderr(`annexa: ${shownName(String(flags.soa))}: controls.${row.id}: ${naWithEvidence(row)}`);
  for (const row of report.rows)
    for (const f of row.flags) io.stderr(`annexa: ${shownName(String(flags.attestations))}: controls.${row.id}: ${f}`);
  const files = writeSoa(outDir, report, formats);
  const t = report.totals;
  io.stdout(
    `Statement of Applicability: ${t.controls} controls, ${t.applicable} applicable (${t.coverage.automated} automated, ${t.coverage.partial} partial, ${t.coverage.manual} manual), ${t.waived} risk acceptance(s)`,
  );
  if (report.attestations)
    io.stdout(`Attestations: ${report.attestations.attested} control(s) attested, ${report.attestations.flagged} need attention`);
  for (const f of files) io.stdout(`Wrote ${shownName(relative(io.cwd, f) || f)}`);
  return 0;
}

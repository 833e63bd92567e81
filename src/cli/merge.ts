import { resolve } from 'node:path';
import { gate } from '../engine/gate.js';
import { loadMappings } from '../mapping/load.js';
import { loadResult } from '../output/load-result.js';
import { mergeResults } from '../output/merge.js';
import { renderSummary } from '../output/summary.js';
import { writeOutputs } from '../output/writers.js';
import type { CliIO } from './io.js';
import { failOnOption, formatsOption } from './options.js';

export interface MergeFlags {
  out?: string;
  format: string;
  failOn: string;
  allowIncomplete?: boolean;
  quiet?: boolean;
}

/** `annexa merge`: shard or per-account results → one result, gated like a scan. */
export function mergeCommand(files: string[], flags: MergeFlags, io: CliIO): number {
  const formats = formatsOption(flags.format);
  const failOn = failOnOption(flags.failOn);
  const docs = files.map((f) => ({ file: f, doc: loadResult(resolve(io.cwd, f)) }));
  const result = mergeResults(docs, loadMappings());
  const outDir = resolve(io.cwd, flags.out ?? 'annexa-out');
  const written = writeOutputs(formats, outDir, result, { cwd: io.cwd, warn: (l) => io.stderr(`annexa: ${l}`) });
  const outcome = gate(result, { failOn, allowIncomplete: Boolean(flags.allowIncomplete) });
  if (!flags.quiet) io.stdout(renderSummary(result) + '\n\n');
  io.stdout(`Merged ${files.length} result(s); wrote ${written.join(', ')}`);
  io.stdout(`Exit ${outcome.exitCode}: ${outcome.reason}`);
  return outcome.exitCode;
}

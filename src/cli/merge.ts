import { resolve } from 'node:path';
import { handleSignals } from '../cleanup.js';
import { loadConfig } from '../config/config.js';
import { allMappings } from '../engine/mappings.js';

import { loadResult } from '../output/load-result.js';
import { mergeResults } from '../output/merge.js';
import { type FinishFlags, finish, planFinish } from './finish.js';
import type { CliIO } from './io.js';

/** `annexa merge`: shard or per-account results → one result, gated and reported like a scan. */
export async function mergeCommand(files: string[], flags: FinishFlags & { config?: string }, io: CliIO): Promise<number> {
  const { config, file: configFile } = loadConfig(flags.config && resolve(io.cwd, flags.config), io.cwd);
  const mappings = allMappings();
  const plan = planFinish(flags, config, configFile, mappings, io);
  const docs = files.map((f) => ({ file: f, doc: loadResult(resolve(io.cwd, f), { shownAs: f }) }));
  const inMemory = Number(io.env.ANNEXA_ITEMS_IN_MEMORY) > 0 ? Number(io.env.ANNEXA_ITEMS_IN_MEMORY) : undefined;
  const result = mergeResults(docs, mappings, inMemory);
  if (!flags.quiet) io.stdout(`Merged ${files.length} result(s)`);
  // A signal while the merged outputs are written ends the merge as it ends a scan: one line, exit 128 + signal.
  const handled = handleSignals();
  try {
    return (await finish(result, plan, io, [])).exitCode;
  } finally {
    handled();
  }
}

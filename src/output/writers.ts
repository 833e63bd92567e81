import { writeFindingsHtml } from './html-findings.js';
import { writeJson } from './json.js';
import { writeJunit } from './junit.js';
import { writeOcsf } from './ocsf.js';
import type { ResultDocument } from './result.js';
import { type SarifExtra, writeSarif } from './sarif.js';
import type { IacMap } from './sarif-iac-map.js';

/** Options some writers take; each writer reads only its own. */
export interface WriterOptions {
  /** Directory the CLI was started in, for writers that resolve relative paths. */
  cwd: string;
  /** Report lines for stderr (e.g. what a writer had to cut to stay within a limit). */
  warn: (line: string) => void;
  /** SARIF: statuses reported besides `fail` (`--sarif-include error`). */
  sarifInclude?: readonly SarifExtra[];
  /** SARIF: category root (`--sarif-category`) in place of `annexa`. */
  sarifCategory?: string;
  /** SARIF: where resources are declared in the repository (`--iac-map FILE`), already validated. */
  iacMap?: IacMap;
}

/** A writer puts one format into the output directory and returns the files it wrote. */
export type Writer = (outDir: string, result: ResultDocument, opts: WriterOptions) => Promise<string[]>;

export const WRITERS = {
  json: async (outDir, result) => [await writeJson(outDir, result)],
  sarif: (outDir, result, opts) =>
    writeSarif(outDir, result, {
      warn: opts.warn,
      ...(opts.sarifInclude ? { include: opts.sarifInclude } : {}),
      ...(opts.sarifCategory ? { category: opts.sarifCategory } : {}),
      ...(opts.iacMap ? { iacMap: opts.iacMap } : {}),
    }),
  junit: async (outDir, result) => [await writeJunit(outDir, result)],
  ocsf: async (outDir, result) => [await writeOcsf(outDir, result)],
  html: async (outDir, result) => [await writeFindingsHtml(outDir, result)],
} satisfies Record<string, Writer>;

export type Format = keyof typeof WRITERS;
export const FORMATS = Object.keys(WRITERS) as Format[];

/** One format after another; each lets the event loop turn while it writes, so a signal can end a long run's writing. */
export async function writeOutputs(
  formats: readonly Format[],
  outDir: string,
  result: ResultDocument,
  opts: WriterOptions,
): Promise<string[]> {
  const files: string[] = [];
  for (const f of formats) {
    const write: Writer = WRITERS[f];
    files.push(...(await write(outDir, result, opts)));
  }
  return files;
}

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli.js';
import { resultSchemaValidator } from '../../src/output/load-result.js';
import { fromRoot } from '../../src/paths.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  cwd: string;
}

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temp directory removed when the test file finishes. */
export function tempDir(prefix = 'annexa-cli-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

/**
 * The built CLI's arguments for a scan of `snapshot` into `out` in every file format, the evidence
 * bundle in `out/evidence`: runs as its own process (evaluation workers need the compiled worker module).
 */
export function builtScanArgs(snapshot: string, out: string): string[] {
  const formats = ['--format', 'json,sarif,junit', '--fail-on', 'none', '-q'];
  return [fromRoot('bin', 'annexa.js'), 'scan', '--snapshot', snapshot, ...formats, '--out', out, '--evidence', join(out, 'evidence')];
}

/** Run the CLI in-process in a fresh temp directory, capturing what it prints. */
export async function cli(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; isTTY?: boolean; cwd?: string; now?: Date } = {},
): Promise<CliRun> {
  const cwd = opts.cwd ?? tempDir();
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    stderr: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
    progress: (t) => (stderr += t),
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? { CI: 'true' },
    cwd,
    ...(opts.now ? { now: () => opts.now! } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr, cwd };
}

/** Validate a result document against the shipped JSON Schema; returns ajv's errors. */
export function schemaErrors(doc: unknown): unknown[] {
  const validator = resultSchemaValidator(true);
  return validator(doc) ? [] : (validator.errors ?? []);
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

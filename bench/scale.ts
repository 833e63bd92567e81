/**
 * The benchmark's scale figures (issue 15), each from the real CLI (`bin/annexa.js`) in its own
 * process: a 1,000,000-resource Organization evaluated to JSON, SARIF and the evidence bundle;
 * what one 100,000-resource scan adds to a history database; `annexa merge` of ten 100k results.
 *
 * Peak RSS is the kernel's (`/usr/bin/time`), else the process's own `maxRSS` reported on exit.
 * A run that fails or runs out of memory is a figure too: it is recorded with its exit code and
 * the last lines it printed, and the benchmark goes on.
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fromRoot } from '../src/paths.js';
import { accountId } from './synthetic.js';

type Json = Record<string, unknown>;

const MB = 1048576;
/** A run this much slower than its target is a failure worth reporting, not waiting for. */
const TIMEOUT_S = Number(process.env.BENCH_SCALE_TIMEOUT_S ?? 1800);
const TIME = '/usr/bin/time';

export interface Measured {
  ok: boolean;
  exitCode: number | null;
  wallS: number;
  peakRssMB: number;
  /** User plus system CPU seconds, and the system part (what writing costs on these machines), from GNU time. */
  cpuS?: number;
  sysS?: number;
  /** The end of stderr when the run failed. */
  failure?: string;
}

/** V8's own line when it ran out of heap (its stack trace follows), else the end of stderr. */
function whyFailed(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return lines.find((l) => /FATAL ERROR|out of memory|Invalid string length/.test(l))?.trim() ?? (lines.slice(-8).join('\n') || 'killed');
}

/** Runs `node <args>` and measures it from outside. */
export function measure(args: string[], cwd: string, tmp: string, env: NodeJS.ProcessEnv = {}): Measured {
  const rssFile = join(tmp, `rss-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(TIME);
  const node = [process.execPath, ...args];
  // TERM first: timeout(1) sending KILL kills itself too, and GNU time would then see none of node's usage.
  const timeout = ['timeout', '-k', '30', String(TIMEOUT_S)];
  let cmd: string[];
  if (useTime) cmd = [TIME, '-f', '%M %U %S', '-o', rssFile, ...timeout, ...node];
  else {
    // Without GNU time the process reports its own peak on exit.
    const hook = join(tmp, 'max-rss.mjs');
    writeFileSync(
      hook,
      `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
    );
    cmd = [...timeout, process.execPath, '--import', hook, ...args];
  }
  const t = performance.now();
  const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, CI: 'true', ...env } });
  const wallS = (performance.now() - t) / 1000;
  // GNU time writes "Command exited with non-zero status N" before the figure.
  // GNU time's last line: peak KB, user and system seconds (the hook writes only the peak).
  const [kb = Number.NaN, user, sys] = existsSync(rssFile)
    ? (readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  rmSync(rssFile, { force: true });
  const ok = r.status === 0;
  return {
    ok,
    exitCode: r.status,
    wallS,
    peakRssMB: kb / 1024,
    ...(user !== undefined && sys !== undefined ? { cpuS: user + sys, sysS: sys } : {}),
    ...(ok
      ? {}
      : {
          failure:
            r.status === 124
              ? `timed out after ${TIMEOUT_S} s (BENCH_SCALE_TIMEOUT_S)`
              : whyFailed(`${r.stderr ?? ''}${r.error ? String(r.error) : ''}`),
        }),
  };
}

/** Bytes under a file or directory, in MB. */
export function sizeMB(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.size / MB;
  return readdirSync(path).reduce((n, f) => n + sizeMB(join(path, f)), 0);
}

const annexa = fromRoot('bin', 'annexa.js');
const scanArgs = (snapshot: string, out: string, formats: string, extra: string[] = []): string[] => [
  annexa,
  'scan',
  '--snapshot',
  snapshot,
  '--format',
  formats,
  '--fail-on',
  'none',
  '--allow-incomplete',
  '--quiet',
  '--out',
  out,
  ...extra,
];

/** Items in a result file, from its summary (read without loading the file; the JSON writer indents by two). */
async function resultItems(file: string): Promise<number | undefined> {
  if (!existsSync(file)) return undefined;
  let inSummary = false;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (line === '  "summary": {') inSummary = true;
    const m = inSummary ? /^ {4}"items": (\d+),?$/.exec(line) : null;
    if (m) return Number(m[1]);
    if (/^ {2}"items": \[/.test(line)) break;
  }
  return undefined;
}

/**
 * The 1M Organization: generated by `org-child` (compiled beside the other children), then
 * scanned from the snapshot to JSON, SARIF and the evidence bundle.
 */
export async function evaluate1M(build: string, tmp: string, accounts = 10): Promise<Json> {
  const dir = join(tmp, 'org');
  mkdirSync(dir, { recursive: true });
  const snapshot = join(dir, 'org-snapshot.json');
  const gen = spawnSync(process.execPath, ['--max-old-space-size=8192', join(build, 'bench', 'org-child.js'), String(accounts), snapshot], {
    cwd: fromRoot(),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const generated = JSON.parse(gen.stdout.trim().split('\n').at(-1) || 'null') as Json | null;
  if (gen.status !== 0 || !generated) throw new Error(`generating the 1M snapshot failed: ${gen.stderr.slice(-2000)}`);
  // Evaluation alone (read, evaluate, drop each account; nothing written), then the full scan.
  const only = spawnSync(process.execPath, [join(build, 'bench', 'eval1m-child.js'), snapshot], {
    cwd: fromRoot(),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const evaluateOnly = JSON.parse(only.stdout.trim().split('\n').at(-1) || 'null') as Json | null;
  const out = join(dir, 'out');
  const run = measure(scanArgs(snapshot, out, 'json,sarif', ['--evidence', join(out, 'evidence')]), dir, tmp);
  const json = join(out, 'annexa-result.json');
  // The same scan on two evaluation workers, as ANNEXA_WORKERS=2 asks: faster, past the 1 GB the default keeps to.
  const twoOut = join(dir, 'two-workers');
  const twoWorkers = measure(scanArgs(snapshot, twoOut, 'json,sarif', ['--evidence', join(twoOut, 'evidence')]), dir, tmp, {
    ANNEXA_WORKERS: '2',
  });
  rmSync(twoOut, { recursive: true, force: true });
  const result = {
    ...run,
    twoWorkers,
    accounts,
    resources: generated.resources,
    items: await resultItems(json),
    snapshotMB: generated.snapshotMB,
    generateS: generated.writeS,
    evaluateOnly: evaluateOnly ?? { failed: only.stderr.slice(-500) },
    outputs: { jsonMB: sizeMB(json), sarifMB: sizeMB(join(out, 'annexa-result.sarif')), bundleMB: sizeMB(join(out, 'evidence')) },
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** The history file and its write-ahead log: what `--history` adds to the disk. */
const historyMB = (db: string): number => sizeMB(db) + sizeMB(`${db}-wal`) + sizeMB(`${db}-shm`);

/**
 * One 100,000-resource snapshot scanned to JSON twice into one history database: the second
 * scan's growth is what each further scan costs. The first scan's result is kept for `merge1M`.
 */
export async function history100k(snapshot: string, tmp: string): Promise<Json & { result?: string }> {
  const dir = join(tmp, 'history');
  mkdirSync(dir, { recursive: true });
  const db = join(dir, 'history.db');
  const first = measure(scanArgs(snapshot, join(dir, 'first'), 'json', ['--history', db]), dir, tmp);
  const afterFirstMB = historyMB(db);
  const second = measure(scanArgs(snapshot, join(dir, 'second'), 'json', ['--history', db]), dir, tmp);
  const afterSecondMB = historyMB(db);
  rmSync(join(dir, 'second'), { recursive: true, force: true });
  const result = join(dir, 'first', 'annexa-result.json');
  return {
    ok: first.ok && second.ok,
    history100kMB: second.ok ? afterSecondMB - afterFirstMB : undefined,
    firstScanMB: afterFirstMB,
    evaluate100k: { ...first, items: await resultItems(result), jsonMB: sizeMB(result) },
    secondScan: second,
    ...(first.ok ? { result } : {}),
  };
}

/** A copy of a result under another account id, line by line (an account id never spans lines). */
async function asAccount(from: string, to: string, account: string): Promise<void> {
  const base = accountId(0);
  const out = createWriteStream(to);
  for await (const line of createInterface({ input: createReadStream(from), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!out.write(`${line.replaceAll(base, account)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

/** `annexa merge` of ten results of 100,000 resources, one per account, as ten shards of an Organization scan would be. */
export async function merge1M(result100k: string, tmp: string, shards = 10): Promise<Json> {
  const dir = join(tmp, 'merge');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < shards; i++) {
    const f = join(dir, `shard-${i}.json`);
    await asAccount(result100k, f, accountId(i));
    files.push(f);
  }
  const out = join(dir, 'out');
  const run = measure([annexa, 'merge', ...files, '--format', 'json', '--fail-on', 'none', '--out', out], dir, tmp);
  const merged = join(out, 'annexa-result.json');
  const result = {
    ...run,
    shards,
    inputMB: files.reduce((n, f) => n + sizeMB(f), 0),
    items: await resultItems(merged),
    jsonMB: sizeMB(merged),
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

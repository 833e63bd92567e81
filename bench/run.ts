/**
 * `npm run bench`: scans synthetic estates through the in-process fake transport and prints
 * how close annexa comes to the physical limits. Not a test: it prints figures and writes
 * them to bench/results/latest.json so changes can be compared.
 *
 * Each scan runs in a child process so its peak RSS is its own. The scale figures (`scale.ts`)
 * follow: a 1,000,000-resource Organization (skip it with `--skip-1m` or BENCH_SKIP_1M=1),
 * history growth per 100k scan and `annexa merge` of ten 100k results (skip with `--skip-merge`).
 * `--scale-only` runs just those, over a generated 100k account instead of the live scan's.
 * The machine's load is
 * recorded next to the figures: wall times on a shared machine say as much about the
 * neighbours as about annexa.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../src/paths.js';
import type { AzureScenario } from './azure-synthetic.js';
import { LARGE_ACCOUNT } from './estate.js';
import { evaluate1M, history100k, merge1M } from './scale.js';
import type { Scenario } from './synthetic.js';

const base = {
  accounts: 1,
  latencyMs: 30,
  serverLimitFactor: 1,
  users: 0,
  policies: 0,
  trails: 1,
  securityGroups: 0,
  logGroups: 0,
  volumes: 0,
  kmsKeys: 0,
};

const SCENARIOS: Record<string, Scenario> = {
  // The issue's wall-time scenario.
  wall: {
    ...base,
    name: '1 account, 4 regions, 2,000 buckets, 5,000 roles',
    regions: 4,
    buckets: 2000,
    users: 500,
    roles: 5000,
    policies: 300,
    trails: 4,
    securityGroups: 200,
    logGroups: 100,
    volumes: 50,
    kmsKeys: 12,
  },
  // AWS allowing half the documented rates: the buckets must learn the real limit from throttles.
  throttled: {
    ...base,
    name: '1 account, 2 regions, 400 buckets, server limits at half the documented rates',
    regions: 2,
    buckets: 400,
    users: 100,
    roles: 1000,
    policies: 50,
    trails: 10,
    securityGroups: 100,
    logGroups: 100,
    volumes: 20,
    kmsKeys: 30,
    serverLimitFactor: 0.5,
  },
  // Several accounts sharing one run's pools and buckets, as `--org` does.
  accounts: {
    ...base,
    name: '8 accounts, 2 regions, 100 buckets and 300 roles each',
    accounts: 8,
    regions: 2,
    buckets: 100,
    users: 30,
    roles: 300,
    policies: 20,
    trails: 2,
    securityGroups: 50,
    logGroups: 40,
    volumes: 10,
    kmsKeys: 6,
  },
  // 100k resources for memory and evaluation cost; a short latency keeps it quick.
  large: LARGE_ACCOUNT,
};

/** Issue 13's Azure estate: 20 subscriptions of the demo subscription's resources, each listed resource 25 times over. */
const AZURE: AzureScenario = { name: '20 subscriptions, every Azure check', subscriptions: 20, copies: 25, latencyMs: 30 };

type Json = Record<string, unknown>;

/** Heap cap for the second 100k run; well above the ~180 MB the 100k snapshot holds live. */
const HEAP_CAP_MB = 384;

/**
 * The children run as compiled JavaScript, like the installed CLI: under tsx each would
 * carry its loader thread, about 50 MB of RSS that no user pays.
 */
const BUILD = fromRoot('bench', '.build');
function compileChildren(): void {
  mkdirSync(BUILD, { recursive: true });
  writeFileSync(
    join(BUILD, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../tsconfig.build.json',
      compilerOptions: { rootDir: '../..', outDir: '.', noEmit: false, declaration: false, sourceMap: false },
      include: ['../scan-child.ts', '../eval-child.ts', '../azure-child.ts', '../org-child.ts', '../eval1m-child.ts'],
    }),
  );
  const r = spawnSync('npx', ['tsc', '-p', join(BUILD, 'tsconfig.json')], { cwd: fromRoot(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`compiling the bench children failed: ${r.stdout}${r.stderr}`);
  // Each service's links.yaml is read beside its compiled code, as in dist/ (scripts/copy-assets.mjs).
  cpSync(fromRoot('src'), join(BUILD, 'src'), { recursive: true, filter: (f) => statSync(f).isDirectory() || f.endsWith('.yaml') });
}

function child(args: string[], nodeFlags: string[] = []): Json {
  const [file, ...rest] = args as [string, ...string[]];
  const r = spawnSync(process.execPath, [...nodeFlags, join(BUILD, file.replace(/\.ts$/, '.js')), ...rest], {
    cwd: fromRoot(),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as Json;
  } catch {
    throw new Error(`bench child ${args[0]} failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  }
}

function coldStart(runs = 7): Json {
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: fromRoot(), encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['bin/annexa.js', '--help'], { cwd: fromRoot(), encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`annexa --help exited ${r.status}`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(runs / 2)], minMs: sorted[0], runs };
}

const f = (n: unknown, d = 2): string => (typeof n === 'number' ? n.toFixed(d) : String(n));

const flag = (name: string, env: string): boolean => process.argv.includes(name) || process.env[env] === '1';
const SCALE_ONLY = flag('--scale-only', 'BENCH_SCALE_ONLY');
const SKIP_1M = flag('--skip-1m', 'BENCH_SKIP_1M');
const SKIP_MERGE = flag('--skip-merge', 'BENCH_SKIP_MERGE');

/** The CLI the scale figures run, built as `npm run build` builds it. */
function buildCli(): void {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: fromRoot(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed: ${r.stdout}${r.stderr}`);
}

const started = performance.now();
const load = { before: loadavg().map((x) => Number(x.toFixed(2))), cpus: cpus().length };
const tmp = mkdtempSync(join(tmpdir(), 'annexa-bench-'));

/** The live-scan scenarios, the capped 100k scan, Azure, in-process evaluation and cold start. */
function liveFigures(): { results: Json; lines: string[] } {
  const scans: Record<string, Json> = {};
  for (const [key, s] of Object.entries(SCENARIOS)) {
    process.stderr.write(`bench: ${key} (${s.name}) …\n`);
    scans[key] = child(['bench/scan-child.ts', JSON.stringify(s), ...(key === 'large' ? [join(tmp, 'large.json')] : [])], ['--expose-gc']);
  }
  // The same 100k scan with V8's old generation capped: how much of the peak is collectable garbage V8 had not yet collected.
  process.stderr.write(`bench: large again with --max-old-space-size=${HEAP_CAP_MB} …\n`);
  const largeCapped = child(
    ['bench/scan-child.ts', JSON.stringify(SCENARIOS.large), join(tmp, 'large-capped.json')],
    [`--max-old-space-size=${HEAP_CAP_MB}`],
  );
  process.stderr.write(`bench: azure (${AZURE.name}) …\n`);
  const azure = child(['bench/azure-child.ts', JSON.stringify(AZURE)]);
  process.stderr.write('bench: evaluation over the large snapshot …\n');
  const evaluation = child(['bench/eval-child.ts', join(tmp, 'large.json')]);
  process.stderr.write('bench: annexa --help cold start …\n');
  const help = coldStart();

  const wall = scans.wall!;
  const large = scans.large!;
  const results = {
    callsRatio: wall.callsRatio,
    wallRatio: wall.wallRatio,
    peakRssMB100k: large.peakRssMB,
    peakRssMB100kHeapCapped: largeCapped.peakRssMB,
    heapAfterGcMB100k: large.heapAfterGcMB,
    evaluateCpuMs100k: evaluation.evaluateCpuMs,
    helpColdStartMs: help.medianMs,
    scenarios: Object.fromEntries(Object.entries(SCENARIOS).map(([k, s]) => [k, { ...scans[k], params: s }])),
    azure: { ...azure, params: AZURE },
    largeHeapCapped: largeCapped,
    evaluation,
    coldStart: help,
  };
  const lines = ['scenario     calls/C_min          wall / T_phys (s)           cpu (s)  throttles  retries  peak RSS'];
  for (const [k, r] of Object.entries(scans)) {
    lines.push(
      `${k.padEnd(12)} ${`${r.calls}/${r.cMin} = ${f(r.callsRatio)}`.padEnd(20)} ${`${f(r.wallS, 1)} / ${f(r.tPhysS, 1)} = ${f(r.wallRatio)}`.padEnd(27)} ` +
        `${f(r.cpuS, 1).padEnd(8)} ${String(r.throttles).padEnd(10)} ${String(r.retries).padEnd(8)} ${f(r.peakRssMB, 0)} MB`,
    );
  }
  lines.push(
    `${'azure'.padEnd(12)} ${`${azure.calls}/${azure.cMin} = ${f(azure.callsRatio)}`.padEnd(20)} ` +
      `${`${f(azure.wallS, 1)} / ${f(azure.tPhysS, 1)} = ${f(azure.wallRatio)}`.padEnd(27)} ${f(azure.cpuS, 1).padEnd(8)} ` +
      `${String(azure.throttles).padEnd(10)} ${String(azure.retries).padEnd(8)} (${azure.subscriptions} subscriptions, ${azure.resources} resources)`,
  );
  lines.push(
    '',
    `Peak RSS, ${large.resources} resources (scan + save snapshot): ${f(large.peakRssMB, 0)} MB with node's defaults, ` +
      `${f(largeCapped.peakRssMB, 0)} MB with --max-old-space-size=${HEAP_CAP_MB} (target < 400); live heap after GC ${f(large.heapAfterGcMB, 0)} MB`,
    `Evaluation CPU, all checks over ${large.resources} resources: ${f(evaluation.evaluateCpuMs, 0)} ms for ${evaluation.items} items (target < 2000); result document ${f(evaluation.resultCpuMs, 0)} ms`,
    `annexa --help cold start: median ${f(help.medianMs, 0)} ms over ${help.runs} runs (target < 300)`,
    `callsRatio ${f(results.callsRatio)} (target 1.00), wallRatio ${f(results.wallRatio)} (target ≤ 1.5) on the wall scenario`,
  );
  return { results, lines };
}

const ok = (m: Json): string =>
  m.ok
    ? ''
    : ` FAILED (exit ${m.exitCode}): ${String(m.failure ?? '')
        .split('\n')
        .at(-1)}`;

/** The 1M evaluation, history growth and merge, through the built CLI. */
async function scaleFigures(snapshot100k: string): Promise<{ results: Json; lines: string[] }> {
  process.stderr.write('bench: history, 100k scan recorded twice …\n');
  const history = await history100k(snapshot100k, tmp);
  const { result: result100k, ...historyFigures } = history;
  let merge: Json | undefined;
  if (!SKIP_MERGE && result100k) {
    process.stderr.write('bench: merge of ten 100k results …\n');
    merge = await merge1M(result100k, tmp);
  }
  let org: Json | undefined;
  if (!SKIP_1M) {
    process.stderr.write('bench: 1,000,000 resources (10 accounts) to JSON, SARIF and the evidence bundle …\n');
    org = await evaluate1M(BUILD, tmp);
  }
  const e100 = historyFigures.evaluate100k as Json;
  const results = {
    history100kMB: historyFigures.history100kMB,
    ...(org ? { evaluate1M: org } : {}),
    ...(merge ? { merge1M: merge } : {}),
    history: historyFigures,
  };
  const lines = [
    `Evaluate 100k snapshot to JSON (CLI): ${f(e100.wallS, 1)} s, peak RSS ${f(e100.peakRssMB, 0)} MB, ${e100.items} items, ${f(e100.jsonMB, 0)} MB JSON${ok(e100)}`,
    `History: a 100k scan adds ${f(historyFigures.history100kMB, 1)} MB to the database (target < 20; first scan ${f(historyFigures.firstScanMB, 1)} MB)`,
  ];
  if (merge)
    lines.push(
      `Merge of ${merge.shards} × 100k results (${f(merge.inputMB, 0)} MB): ${f(merge.wallS, 1)} s, peak RSS ${f(merge.peakRssMB, 0)} MB (target < 1000)${ok(merge)}`,
    );
  if (org) {
    const o = org.outputs as Json;
    lines.push(
      `Evaluate 1M (${org.accounts} accounts, ${org.resources} resources, ${f(org.snapshotMB, 0)} MB snapshot) to JSON, SARIF, evidence: ` +
        `${f(org.wallS, 1)} s (target < 30), peak RSS ${f(org.peakRssMB, 0)} MB (target < 1000), ${org.items ?? '?'} items; ` +
        `JSON ${f(o.jsonMB, 0)} MB, SARIF ${f(o.sarifMB, 0)} MB, bundle ${f(o.bundleMB, 0)} MB${ok(org)}`,
    );
  }
  return { results, lines };
}

try {
  process.stderr.write('bench: compiling …\n');
  compileChildren();
  buildCli();
  const live = SCALE_ONLY ? undefined : liveFigures();
  let snapshot100k = join(tmp, 'large.json');
  if (SCALE_ONLY) {
    // No live scan to reuse: the same account, generated.
    snapshot100k = join(tmp, 'generated-100k.json');
    child(['bench/org-child.ts', '1', snapshot100k]);
  }
  const scale = await scaleFigures(snapshot100k);
  const file = fromRoot('bench', 'results', 'latest.json');
  // --scale-only refreshes its own keys and keeps the live figures of the last full run.
  const previous = SCALE_ONLY && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Json) : {};
  const results = {
    ...previous,
    generatedAt: new Date().toISOString(),
    machine: { ...load, after: loadavg().map((x) => Number(x.toFixed(2))), node: process.version },
    ...live?.results,
    ...scale.results,
    targets: {
      callsRatio: 1,
      wallRatio: 1.5,
      peakRssMB100k: 400,
      evaluateCpuMs100k: 2000,
      helpColdStartMs: 300,
      history100kMB: 20,
      evaluate1M: { peakRssMB: 1000, wallS: 30 },
      merge1M: { peakRssMB: 1000 },
    },
    benchSeconds: (performance.now() - started) / 1000,
  };
  mkdirSync(fromRoot('bench', 'results'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const machine = results.machine;
  console.log(
    [
      `annexa benchmark (${load.cpus} cores, load ${load.before.join(' ')} before, ${machine.after.join(' ')} after, node ${process.version})`,
      '',
      ...(live?.lines ?? ['(live scenarios skipped: --scale-only)']),
      '',
      ...scale.lines,
      `Wrote bench/results/latest.json in ${f(results.benchSeconds, 0)} s`,
    ].join('\n'),
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(BUILD, { recursive: true, force: true });
}

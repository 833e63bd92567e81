/**
 * `npm run bench`: scans synthetic estates through the in-process fake transport and prints
 * how close annexa comes to the physical limits. Not a test: it prints figures and writes
 * them to bench/results/latest.json so changes can be compared.
 *
 * Each scan runs in a child process so its peak RSS is its own. The machine's load is
 * recorded next to the figures: wall times on a shared machine say as much about the
 * neighbours as about annexa.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../src/paths.js';
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
  large: {
    ...base,
    name: '100,000 resources (1 account, 4 regions)',
    regions: 4,
    buckets: 2500,
    users: 20000,
    roles: 42500,
    policies: 5000,
    trails: 4,
    securityGroups: 6000,
    logGroups: 1000,
    volumes: 496,
    kmsKeys: 3,
    latencyMs: 5,
  },
};

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
      include: ['../scan-child.ts', '../eval-child.ts'],
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

const started = performance.now();
const load = { before: loadavg().map((x) => Number(x.toFixed(2))), cpus: cpus().length };
const tmp = mkdtempSync(join(tmpdir(), 'annexa-bench-'));
try {
  process.stderr.write('bench: compiling …\n');
  compileChildren();
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
  process.stderr.write('bench: evaluation over the large snapshot …\n');
  const evaluation = child(['bench/eval-child.ts', join(tmp, 'large.json')]);
  process.stderr.write('bench: annexa --help cold start …\n');
  const help = coldStart();

  const wall = scans.wall!;
  const large = scans.large!;
  const results = {
    generatedAt: new Date().toISOString(),
    machine: { ...load, after: loadavg().map((x) => Number(x.toFixed(2))), node: process.version },
    callsRatio: wall.callsRatio,
    wallRatio: wall.wallRatio,
    peakRssMB100k: large.peakRssMB,
    peakRssMB100kHeapCapped: largeCapped.peakRssMB,
    heapAfterGcMB100k: large.heapAfterGcMB,
    evaluateCpuMs100k: evaluation.evaluateCpuMs,
    helpColdStartMs: help.medianMs,
    targets: { callsRatio: 1, wallRatio: 1.5, peakRssMB100k: 400, evaluateCpuMs100k: 2000, helpColdStartMs: 300 },
    scenarios: Object.fromEntries(Object.entries(SCENARIOS).map(([k, s]) => [k, { ...scans[k], params: s }])),
    largeHeapCapped: largeCapped,
    evaluation,
    coldStart: help,
    benchSeconds: (performance.now() - started) / 1000,
  };
  mkdirSync(fromRoot('bench', 'results'), { recursive: true });
  writeFileSync(fromRoot('bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

  const lines = [
    `annexa benchmark (${load.cpus} cores, load ${load.before.join(' ')} before, ${results.machine.after.join(' ')} after, node ${process.version})`,
    '',
    'scenario     calls/C_min          wall / T_phys (s)           cpu (s)  throttles  retries  peak RSS',
  ];
  for (const [k, r] of Object.entries(scans)) {
    lines.push(
      `${k.padEnd(12)} ${`${r.calls}/${r.cMin} = ${f(r.callsRatio)}`.padEnd(20)} ${`${f(r.wallS, 1)} / ${f(r.tPhysS, 1)} = ${f(r.wallRatio)}`.padEnd(27)} ` +
        `${f(r.cpuS, 1).padEnd(8)} ${String(r.throttles).padEnd(10)} ${String(r.retries).padEnd(8)} ${f(r.peakRssMB, 0)} MB`,
    );
  }
  lines.push(
    '',
    `Peak RSS, ${large.resources} resources (scan + save snapshot): ${f(large.peakRssMB, 0)} MB with node's defaults, ` +
      `${f(largeCapped.peakRssMB, 0)} MB with --max-old-space-size=${HEAP_CAP_MB} (target < 400); live heap after GC ${f(large.heapAfterGcMB, 0)} MB`,
    `Evaluation CPU, all checks over ${large.resources} resources: ${f(evaluation.evaluateCpuMs, 0)} ms for ${evaluation.items} items (target < 2000); result document ${f(evaluation.resultCpuMs, 0)} ms`,
    `annexa --help cold start: median ${f(help.medianMs, 0)} ms over ${help.runs} runs (target < 300)`,
    `callsRatio ${f(results.callsRatio)} (target 1.00), wallRatio ${f(results.wallRatio)} (target ≤ 1.5) on the wall scenario`,
    `Wrote bench/results/latest.json in ${f(results.benchSeconds, 0)} s`,
  );
  console.log(lines.join('\n'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(BUILD, { recursive: true, force: true });
}

/**
 * Evaluation cost from a saved snapshot, in its own process: load, evaluate every check,
 * build the result document. Prints one JSON line.
 *   tsx bench/eval-child.ts <snapshot-file>
 */

import { evaluateAll } from '../src/engine/evaluate.js';
import { allMappings } from '../src/engine/mappings.js';
import { ALL_CHECKS } from '../src/engine/registry.js';
import { loadSnapshots } from '../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../src/mapping/coverage.js';
import { itemsOf } from '../src/model/items.js';
import { DEFAULT_PARAMS } from '../src/model/params.js';
import { buildResult } from '../src/output/result.js';

const cpuMs = (from: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

let c = process.cpuUsage();
const snapshots = loadSnapshots(process.argv[2]!);
const loadCpuMs = cpuMs(c);
const mappings = allMappings();
const controls = controlsByCheck(mappings);

c = process.cpuUsage();
const t = performance.now();
const items = evaluateAll(snapshots, ALL_CHECKS, DEFAULT_PARAMS, controls);
const evaluateCpuMs = cpuMs(c);
const evaluateWallMs = performance.now() - t;

c = process.cpuUsage();
const result = buildResult({
  snapshots,
  items: itemsOf(items),
  mappings,
  checkIds: ALL_CHECKS.map((x) => x.meta.id).sort(),
  params: DEFAULT_PARAMS,
  source: 'snapshot',
});
const resultCpuMs = cpuMs(c);

console.log(
  JSON.stringify({
    items: items.length,
    byStatus: result.summary.byStatus,
    loadCpuMs,
    evaluateCpuMs,
    evaluateWallMs,
    resultCpuMs,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);

/**
 * Evaluation alone over a large snapshot file, in its own process: each account read from the
 * file, evaluated and dropped, items counted but not written. What the scan costs before any
 * output format; prints one JSON line.
 *   node bench/.build/bench/eval1m-child.js <snapshot-file>
 */
import { bySnapshotOrder, evaluateStream } from '../src/engine/evaluate.js';
import { withBoundedHeapGrowthSync } from '../src/engine/heap-growth.js';
import { allMappings } from '../src/engine/mappings.js';
import { ALL_CHECKS } from '../src/engine/registry.js';
import { openSnapshotFile } from '../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../src/mapping/coverage.js';
import { DEFAULT_PARAMS } from '../src/model/params.js';

const controls = controlsByCheck(allMappings());
const t = performance.now();
const cpu = process.cpuUsage();
const file = openSnapshotFile(process.argv[2]!);
let items = 0;
let readS = 0;
withBoundedHeapGrowthSync(() => {
  for (const m of [...file.members].sort((a, b) => bySnapshotOrder(a.head, b.head))) {
    const r = performance.now();
    const snapshot = file.read(m);
    readS += (performance.now() - r) / 1000;
    for (const _ of evaluateStream(snapshot, ALL_CHECKS, DEFAULT_PARAMS, controls)) items++;
  }
});
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    items,
    wallS: (performance.now() - t) / 1000,
    readS,
    cpuS: (used.user + used.system) / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);

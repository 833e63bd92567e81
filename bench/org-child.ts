/**
 * Writes the synthetic Organization (`estate.ts`) as one snapshot set, in its own process so
 * the benchmark's figures are the scan's, not the generator's. Prints one JSON line.
 *   node bench/.build/bench/org-child.js <accounts> <snapshot-file>
 */
import { statSync } from 'node:fs';
import { openSnapshotSetWriter } from '../src/inventory/snapshot-file.js';
import type { Snapshot } from '../src/model/snapshot.js';
import { estateSnapshots, organization } from './estate.js';
import { resourceCount } from './synthetic.js';

/** The one place the set is written: a streaming writer takes the accounts as they come instead of an array. */
async function writeSet(file: string, accounts: AsyncIterable<Snapshot>): Promise<void> {
  const w = openSnapshotSetWriter(file);
  for await (const s of accounts) w.add(s);
  w.close();
}

const scenario = organization(Number(process.argv[2]));
const file = process.argv[3]!;
const t = performance.now();
await writeSet(file, estateSnapshots(scenario));
console.log(
  JSON.stringify({
    accounts: scenario.accounts,
    resources: resourceCount(scenario),
    snapshotMB: statSync(file).size / 1048576,
    writeS: (performance.now() - t) / 1000,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);

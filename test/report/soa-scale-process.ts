// Run as a child process by soa-scale.test.ts under a small heap: writes a result of N synthetic
// items with the JSON writer, reads it back item by item, builds the SoA and writes every format.
// Holding every item would need far more heap than the child has, so finishing is the proof.

import { join } from 'node:path';
import { allMappings } from '../../src/engine/mappings.js';
import { writeJson } from '../../src/output/json.js';
import { loadResult } from '../../src/output/load-result.js';
import { loadEvidenceGuidance } from '../../src/report/guidance.js';
import { buildSoa } from '../../src/report/soa.js';
import { DEFAULT_SOA } from '../../src/report/soa-file.js';
import { SOA_FORMATS, writeSoa } from '../../src/report/write.js';
import { NOW, resultOf } from './result-fixtures.js';
import { CHECKS, syntheticItems } from './soa-synthetic.js';

const [dir, count] = process.argv.slice(2) as [string, string];
const file = await writeJson(dir, resultOf(syntheticItems(Number(count)), CHECKS));
// streamFrom 0: read item by item whatever the size, as results over 16 MiB are.
const loaded = loadResult(file, { streamFrom: 0 });
let readings = 0;
const items = loaded.items;
const counted = {
  count: items.count,
  lines: () => items.lines(),
  [Symbol.iterator]() {
    readings++;
    return items[Symbol.iterator]();
  },
};
const report = buildSoa({
  result: { ...loaded, items: counted },
  mappings: allMappings(),
  soa: DEFAULT_SOA,
  guidance: loadEvidenceGuidance(),
  generatedAt: NOW,
  resultFile: 'annexa-result.json',
});
const files = writeSoa(join(dir, 'report'), report, SOA_FORMATS);
process.stdout.write(
  JSON.stringify({
    files,
    readings,
    streamed: !Array.isArray(items),
    totals: report.totals,
    riskAcceptances: report.riskAcceptances.map((a) => a.waiver.expires),
    rows: report.rows.map((r) => ({
      id: r.id,
      pass: r.pass,
      fail: r.fail,
      error: r.error,
      notApplicable: r.notApplicable,
      waived: r.waived,
      itemCount: r.itemCount,
      listed: r.items.map((i) => `${i.status} ${i.checkId} ${i.resource.id}`),
    })),
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6),
  }),
);

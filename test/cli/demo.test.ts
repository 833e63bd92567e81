import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/inventory/snapshot-file.js';
import type { ResultDocument } from '../../src/output/result.js';
import { fromRoot } from '../../src/paths.js';
import { buildDemoSnapshot } from '../../demo/build.js';
import { cli, readJson, schemaErrors } from '../support/cli.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');

describe('the demo', () => {
  it('scans the bundled snapshot into a schema-valid result with pass, fail and error', async () => {
    const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { scripts: { demo: string } };
    const args = pkg.scripts.demo.split('node bin/annexa.js ')[1]!.split(' ').map((a) => (a.startsWith('demo/') ? fromRoot(a) : a));
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(0);
    const doc = readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultDocument;
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.summary.byStatus.pass).toBeGreaterThan(0);
    expect(doc.summary.byStatus.fail).toBeGreaterThan(0);
    expect(doc.summary.byStatus.error).toBeGreaterThan(0);
    expect(doc.run.accounts[0]!.regions).toHaveLength(3);
    expect(new Set(doc.items.map((i) => i.id)).size).toBe(doc.items.length);
    // Every error in the demo is a real denied/throttled call, never a key the snapshot lacks.
    expect(doc.items.filter((i) => i.status === 'error' && i.error?.kind === 'unknown')).toEqual([]);
    expect(doc.run.errorsByApi.map((e) => e.kind)).toContain('denied');
    expect(doc.run.errorsByApi.map((e) => e.kind)).toContain('throttled');
    expect(r.stdout).toMatch(/Failing by severity: critical \d+/);
    expect(r.stdout).toContain('Top failing controls');
    expect(r.stdout).toContain('annexa-out/annexa-result.json');
  });

  it('is current: rebuilding it from the simulator gives the same inventory (run `npm run demo:build`)', async () => {
    const fresh = await buildDemoSnapshot();
    const committed = loadSnapshot(DEMO);
    expect(JSON.parse(JSON.stringify(fresh.inventory))).toEqual(committed.inventory);
    expect(fresh.regions).toEqual(committed.regions);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoSnapshots } from '../../demo/build.js';
import { loadSnapshots } from '../../src/inventory/snapshot-file.js';
import type { ResultFile } from '../../src/model/result.js';
import { fromRoot } from '../../src/paths.js';
import { cli, readJson, schemaErrors } from '../support/cli.js';
import { fromFile } from '../support/result.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');

describe('the demo', () => {
  it('scans the bundled snapshot into a schema-valid result with pass, fail and error', async () => {
    const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { scripts: { demo: string } };
    const args = pkg.scripts.demo
      .split('node bin/annexa.js ')[1]!
      .split(' ')
      .map((a) => (a.startsWith('demo/') ? fromRoot(a) : a));
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(0);
    const doc = fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile);
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.summary.byStatus.pass).toBeGreaterThan(0);
    expect(doc.summary.byStatus.fail).toBeGreaterThan(0);
    expect(doc.summary.byStatus.error).toBeGreaterThan(0);
    expect(doc.run.accounts.map((a) => [a.provider, a.regions.length])).toEqual([
      ['aws', 3],
      ['azure', 2],
    ]);
    // Both providers have passing, failing and unreadable evidence.
    for (const provider of ['aws', 'azure']) {
      const statuses = new Set(doc.items.filter((i) => i.resource.provider === provider).map((i) => i.status));
      expect([provider, ...['pass', 'fail', 'error'].filter((s) => statuses.has(s as never))]).toEqual([provider, 'pass', 'fail', 'error']);
    }
    expect(r.stdout).toMatch(/subscription 6f1c2a9e-4b7d-4e3a-9c55-2d8e0b7a1f34 \(acme-production\)/);
    expect(new Set(doc.items.map((i) => i.id)).size).toBe(doc.items.length);
    // Every error in the demo is a real denied/throttled call, never a key the snapshot lacks.
    expect(doc.items.filter((i) => i.status === 'error' && i.error?.kind === 'unknown')).toEqual([]);
    expect(doc.run.errorsByApi.map((e) => e.kind)).toContain('denied');
    expect(doc.run.errorsByApi.map((e) => e.kind)).toContain('throttled');
    expect(r.stdout).toMatch(/Failing by severity: critical \d+/);
    expect(r.stdout).toContain('Top failing controls');
    expect(r.stdout).toContain('annexa-out/annexa-result.json');
  });

  it('is current: rebuilding it from the AWS simulator and the Azure replay gives the same inventory (run `npm run demo:build`)', async () => {
    const fresh = await buildDemoSnapshots();
    const committed = loadSnapshots(DEMO);
    expect(fresh.map((s) => [s.provider, s.account])).toEqual(committed.map((s) => [s.provider, s.account]));
    for (const [i, snap] of fresh.entries()) {
      expect(JSON.parse(JSON.stringify(snap.inventory))).toEqual(committed[i]!.inventory);
      expect(snap.regions).toEqual(committed[i]!.regions);
    }
  });
});

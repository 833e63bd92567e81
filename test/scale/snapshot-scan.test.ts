import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshots, saveSnapshots, writeJsonFile } from '../../src/inventory/snapshot-file.js';
import type { ResultFile } from '../../src/model/result.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { fromRoot } from '../../src/paths.js';
import { cli, readJson, tempDir } from '../support/cli.js';

const dir = tempDir('annexa-snap-scan-');
const [aws, azure] = loadSnapshots(fromRoot('test', 'fixtures', 'snapshots', 'v1-compact.json')) as [Snapshot, Snapshot];
const clone = (s: Snapshot, id: string): Snapshot => ({ ...s, account: { ...s.account, id } });
// Out of account order on purpose: the scan reports items in (provider, account) order whatever the file's order.
const members = [azure, clone(aws, '999900000003'), aws];

const lineFile = join(dir, 'lines.json');
saveSnapshots(lineFile, members);
// The one-line layout every annexa before the line layout wrote; loaded whole, as before.
const oneLine = join(dir, 'one-line.json');
writeJsonFile(oneLine, { schema: 'annexa.snapshots/v1', snapshots: members });

async function scan(file: string, ...extra: string[]): Promise<{ code: number; stderr: string; cwd: string; doc?: ResultFile }> {
  const r = await cli(['scan', ...extra, '--snapshot', file, '--format', 'json', '--fail-on', 'none', '--allow-incomplete']);
  const out = join(r.cwd, 'annexa-out', 'annexa-result.json');
  return { ...r, ...(existsSync(out) ? { doc: readJson(out) as ResultFile } : {}) };
}

const accounts = (doc: ResultFile | undefined): string[] => (doc?.run.accounts ?? []).map((a) => `${a.provider}/${a.account}`);

describe('a scan from a multi-account snapshot file', () => {
  it('evaluates the same items, in account order, from the line layout as from a one-line file', async () => {
    const streamed = await scan(lineFile);
    const whole = await scan(oneLine);
    expect(streamed.code, streamed.stderr).toBe(0);
    expect(whole.code, whole.stderr).toBe(0);
    expect(streamed.doc!.items.length).toBeGreaterThan(1000);
    expect(streamed.doc!.items).toEqual(whole.doc!.items);
    expect(streamed.doc!.run.accounts).toEqual(whole.doc!.run.accounts);
    expect(accounts(streamed.doc)).toEqual(['aws/123456789012', 'aws/999900000003', `azure/${azure.account.id}`]);
    const order = streamed.doc!.items.map((i) => `${i.resource.provider}/${i.resource.account}`);
    expect(order).toEqual([...order].sort());
    // Two scans of three accounts; slow only on a loaded machine.
  }, 60_000);

  it('reads only the provider named', async () => {
    const r = await scan(lineFile, 'aws');
    expect(r.code, r.stderr).toBe(0);
    expect(accounts(r.doc)).toEqual(['aws/123456789012', 'aws/999900000003']);
    expect(new Set(r.doc!.items.map((i) => i.resource.provider))).toEqual(new Set(['aws']));
    const onlyAzure = join(dir, 'azure.json');
    saveSnapshots(onlyAzure, [azure]);
    const none = await scan(onlyAzure, 'aws');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--snapshot: holds no aws snapshot \(it has azure\)/);
  });

  it('refuses a provider it does not know before writing anything', async () => {
    const f = join(dir, 'gcp.json');
    saveSnapshots(f, [aws, { ...clone(aws, '1'), provider: 'gcp' } as unknown as Snapshot]);
    const r = await scan(f);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/provider: "gcp" is not a provider this annexa knows/);
    expect(existsSync(join(r.cwd, 'annexa-out'))).toBe(false);
  });

  it('re-saves the snapshots it reads, in account order, with --save-snapshot', async () => {
    const r = await scan(oneLine, '--save-snapshot', 'again.json');
    expect(r.code, r.stderr).toBe(0);
    const again = loadSnapshots(join(r.cwd, 'again.json'));
    expect(again.map((s) => s.account.id)).toEqual(['123456789012', '999900000003', azure.account.id]);
    expect(again[0]).toEqual(aws);
  });
});

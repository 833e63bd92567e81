/**
 * Inventory values in a snapshot file are checked against the schemas generated from the
 * services' state types: a wrongly typed value is exit 2 naming its path, never a crashed
 * check ("a bug in annexa") nor a silent misjudgement.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateInventorySchemas,
  INVENTORY_SCHEMA_FILE,
  INVENTORY_SCHEMA_SCRIPT,
  INVENTORY_VALIDATORS_FILE,
  renderInventorySchemas,
  renderInventoryValidators,
} from '../../scripts/gen-inventory-schemas.js';
import { loadSnapshots, saveSnapshots } from '../../src/inventory/snapshot-file.js';
import { checkInventoryValues } from '../../src/inventory/snapshot-values.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { fromRoot } from '../../src/paths.js';
import { S3_BUCKET_ENCRYPTION, S3_BUCKET_VERSIONING, S3_BUCKETS } from '../../src/providers/aws/services/s3/state.js';
import { WAF_REGIONAL_LOGGING } from '../../src/providers/aws/services/wafv2/state.js';
import { PROVIDERS } from '../../src/providers/index.js';
import { cli, tempDir } from '../support/cli.js';
import { type CheckCases, denied, ok, snapshot } from '../support/snapshot.js';

const dir = tempDir('annexa-values-');

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'eu-west-1' });
const BUCKETS = [bucket('a'), bucket('b'), bucket('c')];

/** A snapshot written as JSON after `edit` changes it, as a hand-edited or foreign file would be. */
function written(s: Snapshot, edit: (raw: Snapshot) => void): string {
  const raw = structuredClone(s);
  edit(raw);
  const f = join(dir, `snap-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(f, JSON.stringify(raw));
  return f;
}

const okValue = (raw: Snapshot, key: string, scope = 'global'): unknown => {
  const r = raw.inventory[key]![scope]!.result;
  if (!r.ok) throw new Error(`${key} is not ok`);
  return r.value;
};

describe('wrongly typed inventory values', () => {
  const base = snapshot(['eu-west-1']).global(S3_BUCKETS, BUCKETS).build();

  it('a bucket named null is exit 2 with one line naming the path in the snapshot', async () => {
    const first = await cli(['--version']);
    const f = written(base, (raw) => {
      (okValue(raw, S3_BUCKETS.id) as { name: unknown }[])[2]!.name = null;
    });
    const r = await cli(['scan', '--snapshot', f], { cwd: first.cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringContaining(`${f}: inventory.aws.s3.buckets.global.result.value.2.name: expected a string, got null`),
    ]);
    expect(r.stderr).not.toMatch(/bug in annexa|check-crashed/);
  });

  it('a number where a list of strings belongs', () => {
    const s = snapshot(['eu-west-1']).regional(WAF_REGIONAL_LOGGING, 'eu-west-1', ['arn:aws:wafv2:acl']).build();
    const f = written(s, (raw) => {
      raw.inventory[WAF_REGIONAL_LOGGING.id]!['eu-west-1']!.result = { ok: true, value: 7 };
    });
    expect(() => loadSnapshots(f)).toThrow(`${f}: inventory.aws.wafv2.regionalLogging.eu-west-1.result.value: expected a list, got 7`);
    const g = written(s, (raw) => {
      (okValue(raw, WAF_REGIONAL_LOGGING.id, 'eu-west-1') as unknown[]).push(7);
    });
    expect(() => loadSnapshots(g)).toThrow('inventory.aws.wafv2.regionalLogging.eu-west-1.result.value.1: expected a string, got 7');
  });

  it('a missing required field', () => {
    const f = written(base, (raw) => {
      delete (okValue(raw, S3_BUCKETS.id) as { arn?: string }[])[1]!.arn;
    });
    expect(() => loadSnapshots(f)).toThrow('inventory.aws.s3.buckets.global.result.value.1: missing required field "arn"');
  });

  it('inside a per-resource answer, naming the resource and the alternatives of a union', () => {
    const s = snapshot(['eu-west-1'])
      .global(S3_BUCKETS, [bucket('logs.example.com')])
      .global(S3_BUCKET_ENCRYPTION, { 'logs.example.com': ok({ algorithm: 'AES256', bucketKeyEnabled: false }) })
      .build();
    const f = written(s, (raw) => {
      const secretish = 'AKIAIOSFODNN7EXAMPLE';
      (okValue(raw, S3_BUCKET_ENCRYPTION.id) as Record<string, unknown>)['logs.example.com'] = { ok: true, value: secretish };
    });
    // The text of a string is not echoed where any text could stand: it might be a secret.
    expect(() => loadSnapshots(f)).toThrow(
      /inventory\.aws\.s3\.bucketEncryption\.global\.result\.value\["logs\.example\.com"\]\.value: expected an object or null, got a string$/,
    );
    const g = written(s, (raw) => {
      const v = okValue(raw, S3_BUCKET_ENCRYPTION.id) as Record<string, { value: { bucketKeyEnabled: unknown } }>;
      v['logs.example.com']!.value.bucketKeyEnabled = 'yes';
    });
    expect(() => loadSnapshots(g)).toThrow('["logs.example.com"].value.bucketKeyEnabled: expected true or false, got a string');
  });

  it('a value outside an enumeration lists what is allowed', () => {
    const s = snapshot()
      .global(S3_BUCKET_VERSIONING, { a: ok({ status: 'Enabled' as const, mfaDelete: false }) })
      .build();
    const f = written(s, (raw) => {
      (okValue(raw, S3_BUCKET_VERSIONING.id) as Record<string, { value: { status: string } }>).a!.value.status = 'On';
    });
    expect(() => loadSnapshots(f)).toThrow('value.a.value.status: expected one of "Enabled", "Suspended", "Disabled", got a string ("On")');
  });

  it('names the member of a snapshot set', () => {
    const a = snapshot(['eu-west-1']).global(S3_BUCKETS, BUCKETS).build();
    const b = { ...structuredClone(a), account: { id: '999988887777', partition: 'aws' } };
    (okValue(b, S3_BUCKETS.id) as { region: unknown }[])[0]!.region = 3;
    const f = join(dir, 'set.json');
    saveSnapshots(f, [a, b]);
    expect(() => loadSnapshots(f)).toThrow(
      `${f}: snapshots.1.inventory.aws.s3.buckets.global.result.value.0.region: expected a string, got 3`,
    );
  });

  it('leaves failed entries, and keys this build does not know, alone', () => {
    const s = snapshot(['eu-west-1']).global(S3_BUCKETS, denied('s3:ListBuckets')).build();
    const f = written(s, (raw) => {
      raw.inventory['aws.future.widgets'] = {
        global: { result: { ok: true, value: { anything: [1, 'two'] } }, collectedAt: '', apis: [] },
      };
    });
    expect(loadSnapshots(f)[0]!.inventory['aws.future.widgets']).toBeDefined();
  });

  it('accepts fields a newer annexa may add to a known type', () => {
    const f = written(base, (raw) => {
      (okValue(raw, S3_BUCKETS.id) as Record<string, unknown>[])[0]!.objectOwnership = 'BucketOwnerEnforced';
    });
    expect(loadSnapshots(f)).toHaveLength(1);
  });
});

describe('snapshots annexa writes still load', () => {
  it('the demo snapshot', () => {
    expect(loadSnapshots(fromRoot('demo', 'demo-snapshot.json')).map((s) => s.provider)).toEqual(['aws', 'azure']);
  });

  function caseFiles(d: string): string[] {
    return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? caseFiles(join(d, e.name)) : e.name.endsWith('.cases.ts') ? [join(d, e.name)] : [],
    );
  }

  // The check tables are the suite's snapshot fixtures: each must survive a save and a load,
  // so the state types say what the checks are tested against.
  it('every check case snapshot', async () => {
    let n = 0;
    for (const file of caseFiles(fromRoot('src', 'providers'))) {
      const { table } = (await import(file)) as { table: CheckCases };
      for (const c of table.cases) {
        const s = 'build' in c.snapshot ? c.snapshot.build() : c.snapshot;
        // Through JSON, as a file would bring it back.
        const back = JSON.parse(JSON.stringify(s)) as Snapshot;
        expect(() => checkInventoryValues(back, (p) => p, c.name), `${relative(fromRoot(), file)}: ${c.name}`).not.toThrow();
        n++;
      }
    }
    expect(n).toBeGreaterThan(1000);
  }, 120_000);
});

describe('the inventory schemas', () => {
  it(`are up to date with the state types (run \`${INVENTORY_SCHEMA_SCRIPT}\` after changing one)`, () => {
    const doc = generateInventorySchemas(fromRoot());
    for (const [file, fresh] of [
      [INVENTORY_SCHEMA_FILE, renderInventorySchemas(doc)],
      [INVENTORY_VALIDATORS_FILE, renderInventoryValidators(doc)],
    ] as const) {
      const committed = readFileSync(fromRoot(file), 'utf8');
      expect(fresh === committed, `${file} is stale: run \`${INVENTORY_SCHEMA_SCRIPT}\` and commit it`).toBe(true);
    }
  }, 180_000);

  it('cover every key a registered collector writes', () => {
    const keys = Object.keys((JSON.parse(readFileSync(fromRoot(INVENTORY_SCHEMA_FILE), 'utf8')) as { keys: object }).keys);
    const written = PROVIDERS.flatMap((p) => p.services.flatMap((s) => s.collectors.map((c) => c.key.id)));
    expect(written.length).toBeGreaterThan(100);
    expect(written.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('reject a wrong value in memory too, with the caller placing the path', () => {
    const s = snapshot(['eu-west-1'])
      .global(S3_BUCKETS, [{ ...bucket('a'), createdAt: 5 } as never])
      .build();
    expect(() => checkInventoryValues(s, (p) => `snapshots.4.${p}`, 'org.json')).toThrow(
      'org.json: snapshots.4.inventory.aws.s3.buckets.global.result.value.0.createdAt: expected a string, got 5',
    );
  });
});

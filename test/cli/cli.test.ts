import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveSnapshot } from '../../src/inventory/snapshot-file.js';
import type { ResultFile } from '../../src/model/result.js';
import { S3_BUCKET_VERSIONING, S3_BUCKETS } from '../../src/providers/aws/services/s3/state.js';
import { cli, readJson, schemaErrors } from '../support/cli.js';
import { fromFile } from '../support/result.js';
import { denied, ok, snapshot } from '../support/snapshot.js';

const VERSIONING = 'aws.s3.bucket-versioning-enabled';

function writeSnap(dir: string, versions: Record<string, unknown>): string {
  const buckets = Object.keys(versions).map((name) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'eu-west-1' }));
  const s = snapshot(['eu-west-1'])
    .global(S3_BUCKETS, buckets)
    .global(S3_BUCKET_VERSIONING, versions as never)
    .build();
  const f = join(dir, 'snap.json');
  saveSnapshot(f, s);
  return f;
}

async function scan(versions: Record<string, unknown>, extra: string[]) {
  const first = await cli(['--version']);
  const f = writeSnap(first.cwd, versions);
  return cli(['scan', '--snapshot', f, '--checks', VERSIONING, ...extra], { cwd: first.cwd });
}

const enabled = ok({ status: 'Enabled', mfaDelete: false });
const off = ok({ status: 'Suspended', mfaDelete: false });

describe('annexa scan --snapshot', () => {
  it('writes a schema-valid result with all 93 controls', async () => {
    const r = await scan({ a: enabled, b: off }, ['--fail-on', 'none']);
    expect(r.code).toBe(0);
    const doc = fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile);
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.controls).toHaveLength(93);
    expect(doc.summary.byStatus).toMatchObject({ pass: 1, fail: 1 });
    expect(doc.run).toMatchObject({ source: 'snapshot', accounts: [{ account: '111122223333' }], complete: true });
    const a13 = doc.controls.find((c) => c.id === 'A.8.13')!;
    expect(a13).toMatchObject({ coverage: 'automated', pass: 1, fail: 1 });
    expect(r.stdout).toContain('Top failing controls');
    expect(r.stdout).toContain('Wrote annexa-out/annexa-result.json');
  });

  it.each([
    ['a medium failure at the default threshold', { a: off }, [], 0],
    ['a medium failure with --fail-on medium', { a: off }, ['--fail-on', 'medium'], 1],
    ['a denied read', { a: denied('s3:GetBucketVersioning') }, [], 3],
    ['a denied read with --allow-incomplete', { a: denied('s3:GetBucketVersioning') }, ['--allow-incomplete'], 0],
  ])('exit code for %s', async (_n, versions, flags, code) => {
    const r = await scan(versions, flags);
    expect(r.code, r.stdout + r.stderr).toBe(code);
  });

  it('reports keys missing from the snapshot as errors, never as results', async () => {
    const first = await cli(['--version']);
    const f = writeSnap(first.cwd, { a: enabled });
    const r = await cli(['scan', '--snapshot', f, '--checks', 'aws.*', '--fail-on', 'none'], { cwd: first.cwd });
    const doc = fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile);
    const others = doc.items.filter((i) => i.checkId !== VERSIONING);
    expect(others.every((i) => i.status === 'error' || i.status === 'not_applicable')).toBe(true);
    expect(r.code).toBe(3);
  });
});

describe('bad input', () => {
  it.each([
    [['scan', '--snapshot', 'missing.json'], /missing\.json: snapshot file not found/],
    [['scan', '--snapshot', 'x.json', '--fail-on', 'severe'], /--fail-on: "severe" is not a severity/],
    [['scan', '--snapshot', 'x.json', '--format', 'pdf'], /--format: "pdf" is not one of json, sarif, junit, ocsf, html/],
    [['scan', '--snapshot', 'x.json', '--checks', 'aws.nothing.*'], /--checks: "aws.nothing.\*" matches no check/],
    [['scan', 'gcp'], /unknown provider "gcp"/],
    [['scan'], /name a provider/],
    [['scan', '--regions', 'moon-1', 'aws'], /--regions: "moon-1" is not a region name/],
    [['scan', '--no-such-flag'], /unknown option '--no-such-flag'/],
    [['scan', '--snapshot', 'x.json', '--config', 'nope.yaml'], /nope\.yaml: file not found/],
  ])('%j exits 2 with one clear line', async (args, pattern) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a config with a wrong field, naming file and field', async () => {
    const first = await cli(['--version']);
    writeFileSync(join(first.cwd, 'annexa.yaml'), 'params:\n  accessKeyMaxAgeDays: -1\n');
    const f = writeSnap(first.cwd, { a: enabled });
    const r = await cli(['scan', '--snapshot', f], { cwd: first.cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/annexa\.yaml: params\.accessKeyMaxAgeDays: /);
  });
});

describe('listing commands', () => {
  it('checks list shows ids, severities and controls', async () => {
    const r = await cli(['checks', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/aws\.s3\.bucket-versioning-enabled\s+medium\s+A\.8\.13/);
  });

  it('controls list covers all 93 controls', async () => {
    const r = await cli(['controls', 'list', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toHaveLength(93);
    const bad = await cli(['controls', 'list', '--framework', 'iso9001']);
    expect(bad.code).toBe(2);
  });

  it('iam-policy prints a read-only policy', async () => {
    const r = await cli(['iam-policy']);
    const policy = JSON.parse(r.stdout) as { Statement: { Action: string[] }[] };
    const actions = policy.Statement[0]!.Action;
    expect(actions).toContain('sts:GetCallerIdentity');
    expect(actions).toContain('s3:GetBucketVersioning');
    // API Gateway's read action is the HTTP verb itself (apigateway:GET), its only read-only form;
    // versioned operations keep their digit (kafka:ListClustersV2).
    for (const a of actions) expect(a).toMatch(/^([a-z0-9-]+:(Get|List|Describe|Generate|Lookup|BatchGet)[A-Za-z0-9]*|apigateway:GET)$/);
  });
});

describe('progress', () => {
  it('stays silent in CI and shows nothing on a non-TTY', async () => {
    const r = await scan({ a: enabled }, []);
    expect(r.stderr).toBe('');
  });
});

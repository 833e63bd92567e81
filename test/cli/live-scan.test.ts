import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetBucketVersioningCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/inventory/snapshot-file.js';
import type { ResultFile } from '../../src/model/result.js';
import { cli, readJson, schemaErrors } from '../support/cli.js';
import { fromFile } from '../support/result.js';

const sts = mockClient(STSClient);
const s3 = mockClient(S3Client);

beforeEach(() => {
  sts.on(GetCallerIdentityCommand).resolves({ Account: '444455556666', Arn: 'arn:aws:sts::444455556666:assumed-role/ci/annexa' });
  s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'logs', BucketRegion: 'eu-west-1' }] });
  s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
});
afterEach(() => {
  sts.reset();
  s3.reset();
});

const args = ['scan', 'aws', '--regions', 'eu-west-1', '--checks', 'aws.s3.bucket-versioning-enabled'];

describe('annexa scan aws', () => {
  it('collects, saves the snapshot, evaluates and writes a valid result', async () => {
    const r = await cli([...args, '--save-snapshot', 'snap.json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile);
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.run).toMatchObject({ source: 'live', accounts: [{ account: '444455556666', regions: ['eu-west-1'] }] });
    expect(doc.items.map((i) => [i.status, i.resource.name])).toEqual([['pass', 'logs']]);
    expect(loadSnapshot(join(r.cwd, 'snap.json')).account.id).toBe('444455556666');
    expect(r.stdout).toContain('Wrote snap.json, annexa-out/annexa-result.json');
  });

  it('never loses collected data when writing the outputs fails', async () => {
    const first = await cli(['--version']);
    writeFileSync(join(first.cwd, 'blocked'), 'a file where the output directory should be');
    const r = await cli([...args, '--out', 'blocked/out'], { cwd: first.cwd });
    // An unwritable --out is the user's to fix: exit 2, naming the flag.
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^annexa: --out: cannot write .*blocked/m);
    const rescued = /saved in (\S+);/.exec(r.stderr)?.[1];
    expect(rescued && existsSync(rescued)).toBe(true);
    expect(loadSnapshot(rescued!).inventory['aws.s3.bucketVersioning']).toBeDefined();
    rmSync(rescued!);
  });
});

/** Results for report tests: the demo scan, and small results built directly from items. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { allMappings } from '../../src/engine/mappings.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import type { ResultFile } from '../../src/model/result.js';
import { assembleResult } from '../../src/output/result.js';
import { fromRoot } from '../../src/paths.js';
import { cli, readJson } from '../support/cli.js';
import { asTest, fromFile, type TestResult } from '../support/result.js';

/** Scan the demo snapshot in a temp dir; returns the dir and the result it wrote. */
export async function demoScan(): Promise<{ cwd: string; result: TestResult; cleanup: () => void }> {
  const r = await cli([
    'scan',
    '--snapshot',
    fromRoot('demo', 'demo-snapshot.json'),
    '--config',
    fromRoot('demo', 'annexa.yaml'),
    '--fail-on',
    'none',
    '--allow-incomplete',
    '-q',
  ]);
  if (r.code !== 0) throw new Error(`demo scan failed: ${r.stderr}`);
  return {
    cwd: r.cwd,
    result: fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile),
    cleanup: () => rmSync(r.cwd, { recursive: true, force: true }),
  };
}

export function item(over: Partial<EvidenceItem> & Pick<EvidenceItem, 'id' | 'status'>): EvidenceItem {
  return {
    checkId: 'aws.s3.bucket-versioning-enabled',
    title: 'S3 bucket versioning is enabled',
    severity: 'medium',
    resource: {
      provider: 'aws',
      account: '111122223333',
      region: 'eu-west-1',
      type: 'AWS::S3::Bucket',
      id: 'arn:aws:s3:::acme-logs',
      arn: 'arn:aws:s3:::acme-logs',
      name: 'acme-logs',
    },
    controls: { 'iso27001:2022': ['A.8.13'] },
    messageId: 'versioning-off',
    message: 'Bucket acme-logs has versioning off.',
    observed: { versioning: 'Suspended' },
    sources: [
      { key: 'aws.s3.bucketVersioning', scope: 'eu-west-1', apis: ['s3:GetBucketVersioning'], collectedAt: '2026-11-01T12:00:00.000Z' },
    ],
    collectedAt: '2026-11-01T12:00:00.000Z',
    ...over,
  };
}

/** A schema-valid result holding exactly these items. */
export function resultOf(items: EvidenceItem[]): TestResult {
  return asTest(
    assembleResult({
      accounts: [
        {
          provider: 'aws',
          account: '111122223333',
          partition: 'aws',
          homeRegion: 'eu-west-1',
          regions: ['eu-west-1'],
          startedAt: '2026-11-01T11:59:00.000Z',
          finishedAt: '2026-11-01T12:00:00.000Z',
          apiCalls: {},
          apiCallTotal: 0,
          notes: [],
          items: 0,
          errors: 0,
          complete: true,
        },
      ],
      items,
      mappings: allMappings(),
      checkIds: [...new Set(items.map((i) => i.checkId))].sort(),
      params: DEFAULT_PARAMS,
      source: 'snapshot',
      evaluatedAt: '2026-11-01T12:05:00.000Z',
    }),
  );
}

export const NOW = '2026-11-02T08:00:00.000Z';

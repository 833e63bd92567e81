// Run as a child process by writers-scale.test.ts, under a small heap: writes every format for a
// spooled result of N synthetic items and prints what it wrote, so the parent can check the files.

import { allMappings } from '../../src/engine/mappings.js';
import { ItemSpool } from '../../src/engine/spool.js';
import { readLines } from '../../src/lines.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { SEVERITIES, STATUSES } from '../../src/model/status.js';
import { ItemTally } from '../../src/model/tally.js';
import type { AccountRun } from '../../src/output/result.js';
import { assembleResult } from '../../src/output/result.js';
import { FORMATS, writeOutputs } from '../../src/output/writers.js';
import { demoSnapshots, resultOf } from './sarif-fixtures.js';

const [outDir, count, accountCount] = process.argv.slice(2) as [string, string, string];
const n = Number(count);
const accounts = Array.from({ length: Number(accountCount) }, (_, k) => String(100_000_000_000 + k));
const CHECKS = ['aws.s3.bucket-versioning-enabled', 'aws.s3.bucket-public-access-blocked', 'aws.iam.root-mfa-enabled'];
const CONTROLS = [['A.8.13'], ['A.8.3', 'A.5.15'], ['A.8.5']];

// Items come account by account, then check by check, as evaluation writes them.
const spool = new ItemSpool(1000);
const tally = new ItemTally();
const per = Math.ceil(n / accounts.length);
let made = 0;
for (const account of accounts) {
  for (let k = 0; k < per && made < n; k++, made++) {
    const c = Math.floor((k * CHECKS.length) / per);
    const id = `arn:aws:s3:::bucket-${account}-${k}`;
    const status = STATUSES[k % 7 === 0 ? 2 : k % 3 === 0 ? 0 : k % 11 === 0 ? 3 : 1]!;
    const item: EvidenceItem = {
      id: made.toString(16).padStart(32, '0'),
      checkId: CHECKS[c]!,
      title: `Check ${c}`,
      status,
      severity: SEVERITIES[k % SEVERITIES.length]!,
      resource: { provider: 'aws', account, region: 'eu-west-1', type: 's3.bucket', id, arn: id, name: `bucket-${account}-${k}` },
      controls: { 'iso27001:2022': CONTROLS[c]! },
      messageId: 'test',
      message: `Bucket bucket-${account}-${k} is not as it should be.`,
      observed: { versioning: 'Suspended', k },
      ...(status === 'error'
        ? { error: { kind: 'denied' as const, api: 's3:GetBucketVersioning', action: 's3:GetBucketVersioning', message: 'AccessDenied' } }
        : {}),
      sources: [
        {
          key: 'aws.s3.buckets',
          scope: 'eu-west-1',
          apis: ['s3:ListBuckets', 's3:GetBucketVersioning'],
          collectedAt: '2026-11-01T12:00:00.000Z',
        },
      ],
      collectedAt: '2026-11-01T12:00:00.000Z',
    };
    spool.add(item);
    tally.add(item);
  }
}
// The demo's AWS account, under each synthetic id.
const template = resultOf(demoSnapshots().filter((x) => x.provider === 'aws')).run.accounts[0]!;
const runs: AccountRun[] = accounts.map((account) => ({ ...template, account }));
const result = assembleResult({
  accounts: runs,
  items: spool.done(),
  tally,
  mappings: allMappings(),
  checkIds: CHECKS,
  params: DEFAULT_PARAMS,
  source: 'snapshot',
  evaluatedAt: '2026-11-27T00:00:00.000Z',
});
const warnings: string[] = [];
const files = await writeOutputs(FORMATS, outDir, result, { cwd: outDir, warn: (l) => warnings.push(l), sarifInclude: ['error'] });
let ocsfLines = 0;
for (const f of files) if (f.endsWith('.jsonl')) for (const _ of readLines(f)) ocsfLines++;
process.stdout.write(
  JSON.stringify({
    files,
    warnings,
    ocsfLines,
    byStatus: tally.byStatus,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);

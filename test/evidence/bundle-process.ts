/**
 * Writes and verifies an evidence bundle for a synthetic estate in its own process, so the test
 * can cap its heap: `accounts` snapshots of `perAccount` IAM users, one item per user, made
 * snapshot by snapshot as a scan makes them and never all held at once. Prints one JSON line.
 *   node --import tsx test/evidence/bundle-process.ts <bundle-dir> <accounts> <perAccount>
 */

import { allMappings } from '../../src/engine/mappings.js';
import { writeBundle } from '../../src/evidence/bundle.js';
import { ExcerptSpool } from '../../src/evidence/excerpt-spool.js';
import { verifyBundle } from '../../src/evidence/verify.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import type { Items } from '../../src/model/items.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { assembleResult } from '../../src/output/result.js';
import { NOW } from '../support/snapshot.js';

const [dir, accountsArg, perAccountArg] = process.argv.slice(2) as [string, string, string];
const accounts = Number(accountsArg);
const perAccount = Number(perAccountArg);
const CHECK = 'aws.iam.user-mfa-enabled';
const accountId = (a: number): string => String(100000000000 + a);
const userName = (i: number): string => `user-${String(i).padStart(6, '0')}`;

function snapshotOf(a: number): Snapshot {
  const users = Array.from({ length: perAccount }, (_, i) => ({
    name: userName(i),
    arn: `arn:aws:iam::${accountId(a)}:user/${userName(i)}`,
    mfaDevices: i % 3 ? [] : [{ serial: `arn:aws:iam::${accountId(a)}:mfa/${userName(i)}` }],
    createDate: NOW,
  }));
  return {
    schema: 'annexa.snapshot/v1',
    provider: 'aws',
    account: { id: accountId(a), partition: 'aws' },
    homeRegion: 'us-east-1',
    regions: ['us-east-1'],
    startedAt: NOW,
    finishedAt: NOW,
    inventory: { 'aws.iam.users': { global: { result: { ok: true, value: users }, collectedAt: NOW, apis: ['iam:ListUsers'] } } },
    apiCalls: {},
    notes: [],
  } as Snapshot;
}

function itemOf(a: number, i: number): EvidenceItem {
  const name = userName(i);
  const arn = `arn:aws:iam::${accountId(a)}:user/${name}`;
  return {
    id: `${a.toString(16).padStart(8, '0')}${i.toString(16).padStart(24, '0')}`,
    checkId: CHECK,
    title: 'IAM users with console access have MFA enabled',
    status: i % 3 ? 'fail' : 'pass',
    severity: 'high',
    resource: { provider: 'aws', account: accountId(a), region: 'global', type: 'iam.user', id: arn, name, arn },
    controls: { 'iso27001:2022': ['A.5.17', 'A.8.5'], 'iso27017:2015': ['9.4.2'] },
    messageId: i % 3 ? 'iam.user.no-mfa' : 'iam.user.mfa',
    message: `User ${name} ${i % 3 ? 'has no MFA device' : 'has an MFA device'}; console sign-in ${i % 2 ? 'enabled' : 'disabled'}.`,
    observed: { userName: name, mfaDevices: i % 3 ? 0 : 1, passwordEnabled: Boolean(i % 2) },
    sources: [{ key: 'aws.iam.users', scope: 'global', apis: ['iam:ListUsers', 'iam:ListMFADevices'], collectedAt: NOW }],
    collectedAt: NOW,
  };
}

// As the run does: each snapshot in memory only while its items are evaluated and tapped.
const excerpts = new ExcerptSpool();
for (let a = 0; a < accounts; a++) {
  const snap = snapshotOf(a);
  for (let i = 0; i < perAccount; i++) excerpts.tap(itemOf(a, i), snap);
}

// Re-iterable items made on demand, like a spooled result: never all in memory.
function* all(): Generator<EvidenceItem> {
  for (let a = 0; a < accounts; a++) for (let i = 0; i < perAccount; i++) yield itemOf(a, i);
}
const items: Items = {
  count: accounts * perAccount,
  [Symbol.iterator]: all,
  *lines() {
    for (const i of all()) yield JSON.stringify(i);
  },
};
const mappings = allMappings();
const result = assembleResult({
  accounts: [],
  items,
  mappings,
  checkIds: [CHECK],
  params: DEFAULT_PARAMS,
  source: 'snapshot',
  evaluatedAt: NOW,
});
const files = writeBundle(dir, { result, excerpts, mappings });
const report = verifyBundle(dir);
console.log(
  JSON.stringify({
    files,
    ok: report.ok,
    problems: report.problems,
    items: report.items,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);

/** Synthetic results of any size for the SoA scale tests: items made one at a time, never held. */
import type { EvidenceItem } from '../../src/model/evidence.js';
import type { Items } from '../../src/model/items.js';
import type { Status } from '../../src/model/status.js';
import { item } from './result-fixtures.js';

export const CHECKS = ['aws.s3.bucket-versioning-enabled', 'aws.s3.bucket-public-access-blocked', 'aws.iam.root-mfa-enabled'];
const CONTROLS = [['A.8.13'], ['A.8.3', 'A.5.15'], ['A.8.5']];

function statusOf(k: number): Status {
  // Moduli prime to the three checks', so every check gets every status.
  return k % 5 === 0 || k % 5 === 3 ? 'fail' : k % 7 === 0 ? 'error' : k % 11 === 0 ? 'not_applicable' : 'pass';
}

/** The k-th item: statuses mixed so failing items arrive late too, one in 200 waived. */
export function syntheticItem(k: number): EvidenceItem {
  const c = k % CHECKS.length;
  const id = `arn:aws:s3:::bucket-${String(k).padStart(7, '0')}`;
  const status = statusOf(k);
  return item({
    id: k.toString(16).padStart(32, '0'),
    status,
    checkId: CHECKS[c]!,
    resource: { provider: 'aws', account: '111122223333', region: 'eu-west-1', type: 'AWS::S3::Bucket', id, arn: id, name: `bucket-${k}` },
    controls: { 'iso27001:2022': CONTROLS[c]! },
    observed: { versioning: 'Suspended', k },
    collectedAt: `2026-11-01T12:${String(k % 60).padStart(2, '0')}:00.000Z`,
    ...(status === 'error'
      ? { error: { kind: 'denied' as const, api: 's3:GetBucketVersioning', action: 's3:GetBucketVersioning', message: 'AccessDenied' } }
      : {}),
    ...(k % 200 === 1
      ? { waiver: { check: CHECKS[c]!, resource: '*', reason: 'accepted', owner: 'sec@acme.example', expires: `2027-0${1 + (k % 9)}-01` } }
      : {}),
  });
}

/** `n` synthetic items, made afresh on each reading; `readings` counts how often they were read. */
export function syntheticItems(n: number): Items & { readings: number } {
  const out = {
    count: n,
    readings: 0,
    *[Symbol.iterator](): Generator<EvidenceItem> {
      out.readings++;
      for (let k = 0; k < n; k++) yield syntheticItem(k);
    },
    *lines(): Generator<string> {
      for (let k = 0; k < n; k++) yield JSON.stringify(syntheticItem(k));
    },
  };
  return out;
}

/** What the SoA must count per control, worked out on its own from the same items. */
export function expectedByControl(n: number): Map<string, Record<Status | 'waived' | 'items', number>> {
  const out = new Map<string, Record<Status | 'waived' | 'items', number>>();
  for (let k = 0; k < n; k++) {
    const i = syntheticItem(k);
    for (const id of i.controls['iso27001:2022'] ?? []) {
      const c = out.get(id) ?? { pass: 0, fail: 0, error: 0, not_applicable: 0, waived: 0, items: 0 };
      c[i.status]++;
      c.items++;
      if (i.waiver) c.waived++;
      out.set(id, c);
    }
  }
  return out;
}

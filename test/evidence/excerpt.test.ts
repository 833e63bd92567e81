import { describe, expect, it } from 'vitest';
import {
  itemExcerpt,
  observedNames,
  pick,
  resourceNames,
  SnapshotExcerpts,
  snapshotIndex,
  WHOLE_VALUE_LIMIT,
} from '../../src/evidence/excerpt.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import type { Snapshot } from '../../src/model/snapshot.js';

const ACCOUNT = '111122223333';

function snapshot(inventory: Record<string, Record<string, unknown>>): Snapshot {
  return {
    schema: 'annexa.snapshot/v1',
    provider: 'aws',
    account: { id: ACCOUNT, partition: 'aws' },
    homeRegion: 'us-east-1',
    regions: ['us-east-1'],
    startedAt: '2026-11-20T09:00:00.000Z',
    finishedAt: '2026-11-20T09:05:00.000Z',
    inventory: Object.fromEntries(
      Object.entries(inventory).map(([key, byScope]) => [
        key,
        Object.fromEntries(
          Object.entries(byScope).map(([scope, result]) => [
            scope,
            { result: result as never, collectedAt: '2026-11-20T09:01:00.000Z', apis: [`svc:${key}`] },
          ]),
        ),
      ]),
    ),
    apiCalls: {},
    notes: [],
  };
}

function item(
  resource: Partial<EvidenceItem['resource']>,
  sources: [string, string][],
  observed: Record<string, unknown> = {},
): EvidenceItem {
  return {
    id: 'i1',
    checkId: 'aws.x.y',
    title: 't',
    status: 'fail',
    severity: 'high',
    resource: { provider: 'aws', account: ACCOUNT, region: 'global', type: 'T', id: 'x', name: 'x', ...resource },
    controls: {},
    messageId: 'm',
    message: 'm',
    observed,
    sources: sources.map(([key, scope]) => ({ key, scope, apis: [`svc:${key}`], collectedAt: '2026-11-20T09:01:00.000Z' })),
    collectedAt: '2026-11-20T09:01:00.000Z',
  };
}

describe('excerpts', () => {
  it('keeps the matching array elements, map entries and nested rows, with their scalar context', () => {
    const names = new Set(['b2']);
    expect(pick([{ name: 'b1' }, { name: 'b2', x: 1 }], names)).toEqual([{ name: 'b2', x: 1 }]);
    expect(pick({ b1: { ok: true }, b2: { ok: false } }, names)).toEqual({ b2: { ok: false } });
    expect(pick({ generatedAt: 'now', rows: [{ user: 'b1' }, { user: 'b2' }], other: [{ user: 'b3' }] }, names)).toEqual({
      generatedAt: 'now',
      rows: [{ user: 'b2' }],
    });
    expect(pick({ enabled: true }, names)).toBeUndefined();
  });

  it('names a resource by id, ARN, name and ARN path, never by the bare account id', () => {
    const names = resourceNames({
      provider: 'aws',
      account: ACCOUNT,
      region: 'us-east-1',
      type: 'T',
      id: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k-1`,
      arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k-1`,
      name: ACCOUNT,
    });
    expect([...names].sort()).toEqual([`arn:aws:kms:us-east-1:${ACCOUNT}:key/k-1`, 'k-1']);
    expect(
      [...observedNames({ bucket: 'logs-bucket', status: 'ENABLED', at: '2026-11-20T09:00:00Z', n: 3, list: ['vpc-1'] })].sort(),
    ).toEqual(['logs-bucket', 'vpc-1']);
  });

  it('redacts secrets, records errors and missing entries, and summarises large account-level values', () => {
    const big = Array.from({ length: 2000 }, (_, i) => ({ name: `role-${i}`, path: '/service-role/long/path/' }));
    const snap = snapshot({
      'aws.iam.users': {
        global: { ok: true, value: [{ name: 'alice', password: 'hunter2', accessKeyId: 'AKIAABCDEFGHIJKLMNOP' }, { name: 'bob' }] },
      },
      'aws.iam.roles': { global: { ok: true, value: big } },
      'aws.iam.summary': { global: { ok: true, value: { mfa: true } } },
      'aws.iam.denied': { global: { ok: false, error: { kind: 'denied', api: 'iam:X', action: 'iam:X', message: 'no' } } },
    });
    const find = snapshotIndex([snap]);
    const alice = itemExcerpt(item({ id: `arn:aws:iam::${ACCOUNT}:user/alice`, name: 'alice' }, [['aws.iam.users', 'global']]), find);
    expect(alice.sources[0]).toMatchObject({
      match: 'resource',
      value: [{ name: 'alice', password: '[REDACTED]', accessKeyId: 'AKIA…MNOP' }],
    });

    const account = itemExcerpt(
      item({ id: `arn:aws:::${ACCOUNT}`, name: ACCOUNT }, [
        ['aws.iam.roles', 'global'],
        ['aws.iam.summary', 'global'],
        ['aws.iam.denied', 'global'],
        ['aws.iam.gone', 'global'],
      ]),
      find,
    );
    expect(JSON.stringify(big).length).toBeGreaterThan(WHOLE_VALUE_LIMIT);
    expect(account.sources.map((s) => s.match)).toEqual(['omitted', 'whole', 'error', 'missing']);
    expect(account.sources[0]).toMatchObject({ bytes: JSON.stringify(big).length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(account.sources[0]).not.toHaveProperty('value');
    expect(account.sources[1]!.value).toEqual({ mfa: true });
    expect(account.sources[2]!.error).toMatchObject({ kind: 'denied', api: 'iam:X' });

    // A large value is still cut down when the observed facts name what the verdict rested on.
    const related = itemExcerpt(
      item({ id: `arn:aws:::${ACCOUNT}`, name: ACCOUNT }, [['aws.iam.roles', 'global']], { supportRole: 'role-7' }),
      find,
    );
    expect(related.sources[0]).toMatchObject({ match: 'related', value: [{ name: 'role-7' }] });
  });

  it('writes each line byte for byte as the excerpt object would stringify, with picks shared between items', () => {
    const users = Array.from({ length: 400 }, (_, i) => ({
      name: `user-${i}`,
      arn: `arn:aws:iam::${ACCOUNT}:user/user-${i}`,
      password: 'x',
    }));
    const byBucket = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`bucket-${i}`, { versioning: i % 2 === 0 }]));
    const snap = snapshot({
      'aws.iam.users': { global: { ok: true, value: users } },
      'aws.s3.versioning': { global: { ok: true, value: byBucket } },
      'aws.iam.summary': { global: { ok: true, value: { mfa: true, token: 'abc' } } },
      'aws.iam.count': { global: { ok: true, value: 7 } },
      // Cut copies under secret and environment names are redacted whole; shared parts under their own names.
      'aws.iam.nested': {
        global: {
          ok: true,
          value: {
            at: 'now',
            credentials: [{ user: 'user-3', note: 'AKIAABCDEFGHIJKLMNOP' }],
            environment: { 'user-3': { a: 1 }, 'user-4': { a: 2 } },
            rows: [{ user: 'user-3', token: 'secret', nested: { password: 'p', keep: 'ok' } }, { user: 'user-4' }],
            byUser: { 'user-3': { apiKey: 'k', tags: ['user-3'] } },
          },
        },
      },
      'aws.iam.denied': { global: { ok: false, error: { kind: 'denied', api: 'iam:X', action: 'iam:X', message: 'no' } } },
    });
    const all: [string, string][] = [
      ['aws.iam.users', 'global'],
      ['aws.s3.versioning', 'global'],
      ['aws.iam.summary', 'global'],
      ['aws.iam.count', 'global'],
      ['aws.iam.nested', 'global'],
      ['aws.iam.denied', 'global'],
      ['aws.iam.gone', 'global'],
    ];
    const items = [
      item({ id: `arn:aws:iam::${ACCOUNT}:user/user-3`, arn: `arn:aws:iam::${ACCOUNT}:user/user-3`, name: 'user-3' }, all),
      // The same resource named differently by another check: its own pick, not the first one's.
      item({ id: `arn:aws:iam::${ACCOUNT}:user/user-3`, name: 'bucket-4' }, all),
      item({ id: `arn:aws:iam::${ACCOUNT}:user/user-3`, arn: `arn:aws:iam::${ACCOUNT}:user/user-3`, name: 'user-3' }, all),
      item({ id: 'bucket-7', name: 'bucket-7' }, all, { owner: 'user-9' }),
      item({ id: `arn:aws:::${ACCOUNT}`, name: ACCOUNT }, all, { supportUser: 'user-12' }),
      item({ id: `arn:aws:::${ACCOUNT}`, name: ACCOUNT }, all),
      item({ id: 'x', name: 'x', account: '999999999999' }, all),
    ];
    // A source that already carries a field the excerpt adds is spread as itemExcerpt spreads it.
    const odd = item({ id: 'bucket-1', name: 'bucket-1' }, [['aws.s3.versioning', 'global']]);
    items.push({ ...odd, sources: [{ ...odd.sources[0]!, match: 'early' } as never] });
    const find = snapshotIndex([snap]);
    const lines = new SnapshotExcerpts(snap);
    for (const it of [...items, ...items]) expect(lines.line(it)).toBe(JSON.stringify(itemExcerpt(it, find)));
    const matches = (i: number) => (JSON.parse(lines.line(items[i]!)) as { sources: { match: string }[] }).sources.map((s) => s.match);
    expect(matches(0)).toEqual(['resource', 'omitted', 'whole', 'whole', 'resource', 'error', 'missing']);
    expect(matches(1)).toEqual(['resource', 'resource', 'whole', 'whole', 'resource', 'error', 'missing']);
    expect(lines.line(items[0]!)).toContain('"credentials":"[REDACTED]","environment":"[REDACTED]","rows":[{"user":"user-3"');
    expect([lines.line(items[0]!).includes('bucket-4'), lines.line(items[1]!).includes('bucket-4')]).toEqual([false, true]);
    expect(matches(4)[0]).toBe('related');
    expect(matches(6)).toEqual(['missing', 'missing', 'missing', 'missing', 'missing', 'missing', 'missing']);
    expect(lines.line(items[0]!)).toContain('"password":"[REDACTED]"');
  });

  it('keeps a map entry keyed "__proto__" (a Lambda function or IAM user may be named so), as itemExcerpt does', () => {
    const policies = JSON.parse('{"__proto__":{"ok":true,"statements":["allow"]},"other":{"ok":true}}') as object;
    const snap = snapshot({ 'aws.lambda.policies': { 'eu-west-1': { ok: true, value: policies } } });
    const fn = item({ id: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:__proto__`, name: '__proto__' }, [
      ['aws.lambda.policies', 'eu-west-1'],
    ]);
    const line = new SnapshotExcerpts(snap).line(fn);
    expect(line).toBe(JSON.stringify(itemExcerpt(fn, snapshotIndex([snap]))));
    expect(line).toContain('"value":{"__proto__":{"ok":true,"statements":["allow"]}}');
  });
});

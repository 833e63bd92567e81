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
  describe('remembered picks', () => {
    /** Every line, in the order given and again, as itemExcerpt would stringify it. */
    function expectLinesAsExcerpts(snap: Snapshot, items: EvidenceItem[]): SnapshotExcerpts {
      const find = snapshotIndex([snap]);
      const lines = new SnapshotExcerpts(snap);
      for (const it of [...items, ...items.slice().reverse(), ...items]) expect(lines.line(it)).toBe(JSON.stringify(itemExcerpt(it, find)));
      return lines;
    }
    // Large enough (over 256 nodes) that picks from it are remembered per resource.
    const roles = Array.from({ length: 300 }, (_, i) => ({ name: `role-${i}`, arn: `arn:aws:iam::${ACCOUNT}:role/role-${i}` }));
    const cited = (line: string, at = 0) => (JSON.parse(line) as { sources: { value?: unknown }[] }).sources[at]!.value;

    it('keeps one pick per naming of a resource id: another name or ARN is cut again, not served the first', () => {
      const snap = snapshot({ 'aws.iam.roles': { global: { ok: true, value: roles } } });
      const id = 'shared-id';
      const src: [string, string][] = [['aws.iam.roles', 'global']];
      const items = [
        item({ id, name: 'role-1', arn: `arn:aws:iam::${ACCOUNT}:role/role-2` }, src),
        item({ id, name: 'role-1', arn: `arn:aws:iam::${ACCOUNT}:role/role-3` }, src),
        item({ id, name: 'role-4' }, src),
        item({ id, name: 'role-1' }, src),
      ];
      const lines = expectLinesAsExcerpts(snap, items);
      expect(cited(lines.line(items[0]!))).toEqual([roles[1], roles[2]]);
      expect(cited(lines.line(items[1]!))).toEqual([roles[1], roles[3]]);
      expect(cited(lines.line(items[2]!))).toEqual([roles[4]]);
      expect(cited(lines.line(items[3]!))).toEqual([roles[1]]);
    });

    it('writes a remembered pick under each source that cites the value, with that source own fields', () => {
      // One value object under two keys and two scopes: the pick is the value's, the source fields are each source's.
      const snap = snapshot({
        'aws.iam.roles': { global: { ok: true, value: roles }, 'us-east-1': { ok: true, value: roles } },
        'aws.iam.rolesAgain': { global: { ok: true, value: roles } },
      });
      const r = { id: roles[5]!.arn, arn: roles[5]!.arn, name: 'role-5' };
      const items = [
        item(r, [['aws.iam.roles', 'global']]),
        item(r, [
          ['aws.iam.rolesAgain', 'global'],
          ['aws.iam.roles', 'us-east-1'],
        ]),
      ];
      const lines = expectLinesAsExcerpts(snap, items);
      const second = JSON.parse(lines.line(items[1]!)) as { sources: { key: string; scope: string; value: unknown }[] };
      expect(second.sources.map((s) => [s.key, s.scope, s.value])).toEqual([
        ['aws.iam.rolesAgain', 'global', [roles[5]]],
        ['aws.iam.roles', 'us-east-1', [roles[5]]],
      ]);
    });

    it('remembers resources named "__proto__" or "constructor" as any other', () => {
      const named = [...roles, { name: '__proto__', arn: 'p' }, { name: 'constructor', arn: 'c' }];
      const byName = JSON.parse(
        `{${[...roles.map((r) => `"${r.name}":{"ok":true}`), '"__proto__":{"ok":false}', '"constructor":{"ok":"c"}'].join(',')}}`,
      ) as object;
      const snap = snapshot({
        'aws.iam.roles': { global: { ok: true, value: named } },
        'aws.iam.byName': { global: { ok: true, value: byName } },
      });
      const src: [string, string][] = [
        ['aws.iam.roles', 'global'],
        ['aws.iam.byName', 'global'],
      ];
      const items = [item({ id: '__proto__', name: '__proto__' }, src), item({ id: 'constructor', name: 'constructor' }, src)];
      const lines = expectLinesAsExcerpts(snap, items);
      expect(lines.line(items[0]!)).toContain('"value":{"__proto__":{"ok":false}}');
      expect(cited(lines.line(items[1]!), 1)).toEqual({ constructor: { ok: 'c' } });
    });

    it('redacts a shared element under each field name it is cut beneath, and a copy under a secret name whole', () => {
      const shared = { user: 'user-3', note: 'AKIAABCDEFGHIJKLMNOP', password: 'p' };
      const value = {
        at: 'now',
        rows: [...roles, shared],
        // The same element object beneath a secret-named field: redacted whole there, not as the row was.
        credentials: [shared],
        apiKey: { 'user-3': 'k' },
        settings: { 'user-3': shared },
      };
      const snap = snapshot({ 'aws.iam.nested': { global: { ok: true, value } } });
      const items = [
        item({ id: 'user-3', name: 'user-3' }, [['aws.iam.nested', 'global']]),
        item({ id: 'u3', name: 'user-3' }, [['aws.iam.nested', 'global']]),
      ];
      const lines = expectLinesAsExcerpts(snap, items);
      const line = lines.line(items[1]!);
      expect(line).not.toContain('AKIAABCDEFGHIJKLMNOP');
      expect(line).toContain('"credentials":"[REDACTED]","apiKey":"[REDACTED]"');
      expect(line).toContain('"password":"[REDACTED]"');
    });

    it('redacts one element again under a secret-like name it is also cut beneath (a user named "api_token")', () => {
      const shared = { user: 'api_token', mfa: true };
      const value = { rows: [...roles, shared], byUser: { api_token: shared } };
      const snap = snapshot({ 'aws.iam.users': { global: { ok: true, value } } });
      const items = [item({ id: 'api_token', name: 'api_token' }, [['aws.iam.users', 'global']])];
      const lines = expectLinesAsExcerpts(snap, items);
      expect(cited(lines.line(items[0]!))).toEqual({ rows: [shared], byUser: { api_token: '[REDACTED]' } });
    });

    it('cuts a small value only where one of the names occurs, at any depth', () => {
      // Under 256 nodes: not remembered, and skipped outright when none of its keys and strings names the resource.
      const small = {
        generatedAt: 'now',
        deep: { deeper: { 'user-3': { ok: true } } },
        list: [[{ user: 'user-4' }]],
        rows: [{ user: 'user-5' }],
      };
      const snap = snapshot({ 'aws.iam.small': { global: { ok: true, value: small } } });
      const src: [string, string][] = [['aws.iam.small', 'global']];
      const items = ['user-3', 'user-4', 'user-5', 'user-6'].map((name) => item({ id: name, name }, src));
      const lines = expectLinesAsExcerpts(snap, items);
      const matches = items.map((it) => (JSON.parse(lines.line(it)) as { sources: { match: string }[] }).sources[0]!.match);
      expect(matches).toEqual(['resource', 'whole', 'resource', 'whole']);
      expect(cited(lines.line(items[0]!))).toEqual({ generatedAt: 'now', deep: { deeper: { 'user-3': { ok: true } } } });
    });
  });
});

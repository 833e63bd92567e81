import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { itemLine } from '../../src/model/item-line.js';

/** mulberry32: a small seeded generator, so every run checks the same items. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = ReturnType<typeof seeded>;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rand, p: number): boolean => r() < p;

// Characters JSON escapes or handles specially: quotes, backslashes, controls, line separators, lone surrogates.
const PIECES = [
  'a',
  'Z',
  '0',
  ' ',
  '"',
  '\\',
  '/',
  '\n',
  '\t',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udfff',
  '😀',
  'é',
  '__proto__',
  '{',
  '}',
];
const text = (r: Rand): string => Array.from({ length: Math.floor(r() * 8) }, () => pick(r, PIECES)).join('');
const KEYS = ['a', 'b', '__proto__', 'constructor', 'toString', '1', '0', '', '"q"', 'é', 'x y'];

/** A JSON-ish value with the corners `JSON.stringify` treats specially (undefined, functions, NaN, -0, dates, toJSON). */
function value(r: Rand, depth: number): unknown {
  const k = Math.floor(r() * (depth > 2 ? 8 : 11));
  switch (k) {
    case 0:
      return text(r);
    case 1:
      return pick(r, [0, -0, 1.5, -7, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 2 ** 53]);
    case 2:
      return chance(r, 0.5);
    case 3:
      return null;
    case 4:
      return undefined;
    case 5:
      return pick(r, [() => 1, Symbol('s'), new Date(Date.UTC(2026, 0, 2)), new String('boxed'), new Number(3)]);
    case 6:
      return { toJSON: (key: string) => `json for ${key}` };
    case 7:
      return text(r);
    case 8:
    case 9:
      return object(r, depth + 1);
    default:
      return Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
  }
}

/** An object with own keys such as `__proto__` (as `JSON.parse` makes them), in a random order. */
function object(r: Rand, depth: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (let i = Math.floor(r() * 5); i > 0; i--)
    Object.defineProperty(o, pick(r, KEYS), { value: value(r, depth), enumerable: true, writable: true, configurable: true });
  return o;
}

interface Check {
  checkId: string;
  title: string;
  severity: string;
}

function items(seed: number, n: number): unknown[] {
  const r = seeded(seed);
  // Controls and sources objects are shared between items, and some between checks.
  const controls = Array.from({ length: 6 }, () => object(r, 1));
  controls.push({ 'iso27001:2022': ['A.5.1', 'A.8.24'], iso27035: ['detect'] }, {});
  const sources = Array.from({ length: 8 }, () =>
    Array.from({ length: Math.floor(r() * 3) }, () => ({ key: text(r), scope: text(r), apis: [text(r)], collectedAt: text(r) })),
  );
  sources.push([]);
  const checks: Check[] = Array.from({ length: 5 }, (_, i) => ({
    checkId: `c${i}${text(r)}`,
    title: text(r),
    severity: pick(r, ['high', 'low', text(r)]),
  }));
  // One check id seen with two titles and two severities (results of two annexa versions merged).
  checks.push({ checkId: checks[0]!.checkId, title: `${checks[0]!.title}!`, severity: 'critical' });
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const c = pick(r, checks);
    const item: Record<string, unknown> = {
      id: text(r),
      checkId: c.checkId,
      title: c.title,
      status: pick(r, ['pass', 'fail', 'error', 'not_applicable', text(r)]),
      severity: c.severity,
      resource: chance(r, 0.9)
        ? { provider: 'aws', account: text(r), region: text(r), id: text(r), name: text(r), arn: value(r, 2) }
        : value(r, 2),
      controls: chance(r, 0.95) ? pick(r, controls) : value(r, 1),
      messageId: text(r),
      message: text(r),
      observed: chance(r, 0.9) ? object(r, 1) : value(r, 1),
    };
    if (chance(r, 0.3)) item.error = chance(r, 0.8) ? { kind: 'denied', api: text(r), action: text(r), message: text(r) } : value(r, 2);
    item.sources = chance(r, 0.95) ? pick(r, sources) : value(r, 1);
    item.collectedAt = chance(r, 0.97) ? pick(r, ['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', text(r)]) : value(r, 2);
    if (chance(r, 0.2))
      item.waiver = chance(r, 0.8)
        ? { check: text(r), resource: text(r), reason: text(r), owner: text(r), expires: '2027-01-01' }
        : value(r, 2);
    out.push(item, ...variants(r, item));
  }
  return out;
}

/** The same item as the pipeline or an odd caller might reshape it: copies, reordered keys, hidden or inherited fields. */
function variants(r: Rand, item: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  const k = Math.floor(r() * 15);
  if (k === 0) out.push({ ...item, waiver: { check: '*', resource: text(r), reason: 'r', owner: 'o', expires: '2027-01-01' } });
  if (k === 1) out.push({ ...item, message: text(r), observed: object(r, 1) });
  if (k === 2) {
    const { id, ...rest } = item;
    out.push({ ...rest, id });
  }
  if (k === 3) out.push({ ...item, [pick(r, ['extra', '7', '__proto__', 'toJSON'])]: value(r, 2) });
  if (k === 4) {
    const { error: _e, waiver: _w, ...rest } = item;
    out.push(Object.defineProperty({ ...rest }, 'error', { value: { kind: 'hidden' }, enumerable: false }));
  }
  if (k === 5) {
    const { error: _e, ...rest } = item;
    out.push(Object.assign(Object.create({ error: { kind: 'inherited' }, waiver: { check: 'inherited' } }), rest));
  }
  if (k === 6) out.push({ ...item, error: undefined, waiver: undefined });
  if (k === 7) out.push({ ...item, toJSON: (key: string) => ({ key }) });
  if (k === 8) {
    const { sources, ...rest } = item;
    out.push({ ...rest, sources });
  }
  if (k === 9) {
    const { collectedAt: _c, ...rest } = item;
    out.push(rest);
  }
  if (k === 10) out.push({ ...item, controls: { ...(item.controls as object), more: [text(r)] } });
  if (k === 12) out.push(Object.assign(Object.create({ toJSON: () => 'inherited toJSON' }), item));
  if (k === 13) {
    // A waiver where an error would be, before the sources.
    const { error: _e, waiver: _w, sources, collectedAt, ...rest } = item;
    out.push({ ...rest, waiver: { check: 'w' }, sources, collectedAt });
  }
  if (k === 11) {
    // Two keys swapped, the count and the tail unchanged.
    const keys = Object.keys(item);
    const a = Math.floor(r() * keys.length);
    const b = Math.floor(r() * keys.length);
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
    out.push(Object.fromEntries(keys.map((key) => [key, item[key]])));
  }
  return out;
}

/** What a serialiser gives, or the error it throws (cycles and BigInts must fail the same way). */
function outcome(f: (x: EvidenceItem) => string | undefined, x: unknown): string | undefined {
  try {
    return f(x as EvidenceItem);
  } catch (err) {
    return `threw ${(err as Error).name}: ${(err as Error).message}`;
  }
}

describe('itemLine', () => {
  it('prints exactly what JSON.stringify prints, over many varied items', () => {
    for (const seed of [1, 2, 3, 42, 2026]) {
      for (const x of items(seed, 2_000)) {
        const want = outcome(JSON.stringify, x);
        const got = outcome(itemLine, x);
        if (got !== want) expect({ seed, got, item: x }).toEqual({ seed, got: want, item: x });
      }
    }
  });

  it('prints an ordinary item as JSON.stringify does, with and without its optional parts', () => {
    const controls = { 'iso27001:2022': ['A.8.24'], 'iso27017:2015': ['10.1.1'] };
    const sources = [{ key: 'aws.s3.buckets', scope: 'global', apis: ['s3:ListBuckets'], collectedAt: '2026-01-01T00:00:00.000Z' }];
    const base: EvidenceItem = {
      id: 'a1',
      checkId: 'aws.s3.bucket-encrypted',
      title: 'S3 buckets are encrypted',
      status: 'fail',
      severity: 'high',
      resource: { provider: 'aws', account: '1', region: 'global', type: 'AWS::S3::Bucket', id: 'b', name: 'b' },
      controls,
      messageId: 'm',
      message: 'Bucket "b" is not encrypted.\n',
      observed: JSON.parse('{"__proto__":{"x":1},"rules":[]}') as Record<string, unknown>,
      sources,
      collectedAt: '2026-01-01T00:00:00.000Z',
    };
    const withError: EvidenceItem = {
      ...base,
      status: 'error',
      error: { kind: 'denied', api: 's3', action: 's3:GetBucketEncryption', message: 'no' },
    };
    const waived: EvidenceItem = {
      ...base,
      waiver: { check: 'aws.s3.*', resource: '*', reason: 'legacy', owner: 'ops', expires: '2027-01-01' },
    };
    for (const i of [base, withError, waived, { ...withError, collectedAt: '2026-02-01T00:00:00.000Z' }, base])
      expect(itemLine(i)).toBe(JSON.stringify(i));
  });

  it("reads a check's shared controls and sources once, not once per item", () => {
    // JSON.stringify lists an object's keys and reads an array's length once per printing.
    let reads = 0;
    const counted = <T extends object>(o: T): T =>
      new Proxy(o, {
        ownKeys(t) {
          reads++;
          return Reflect.ownKeys(t);
        },
        get(t, key, receiver) {
          if (key === 'length') reads++;
          return Reflect.get(t, key, receiver);
        },
      });
    const controls = counted({ 'iso27001:2022': ['A.5.1'] });
    const sources = counted([{ key: 'k', scope: 'global', apis: ['a:B'], collectedAt: 't' }]);
    const item = (id: string): EvidenceItem => ({
      id,
      checkId: 'c',
      title: 't',
      status: 'pass',
      severity: 'low',
      resource: { provider: 'aws', account: '1', region: 'global', type: 'T', id, name: id },
      controls,
      messageId: 'm',
      message: 'ok',
      observed: { id },
      sources,
      collectedAt: 't',
    });
    const lines = ['r1', 'r2', 'r3'].map((id) => itemLine(item(id)));
    expect(lines).toEqual(['r1', 'r2', 'r3'].map((id) => JSON.stringify(item(id))));
    // itemLine read each once (2); each JSON.stringify above read each again (6).
    expect(reads).toBe(2 + 6);
  });
});

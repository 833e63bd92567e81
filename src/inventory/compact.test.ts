import { describe, expect, it } from 'vitest';
import { Interner, own } from './compact.js';

describe('own', () => {
  it('returns an equal string', () => {
    const page = `<Arn>arn:aws:iam::123456789012:role/r</Arn>`;
    expect(own(page.slice(5, -6))).toBe('arn:aws:iam::123456789012:role/r');
  });
});

describe('Interner', () => {
  it('parses each distinct text once and shares the result', () => {
    const intern = new Interner();
    let parses = 0;
    const parse = (t: string) => {
      parses++;
      return JSON.parse(t) as object;
    };
    const a = intern.parse('doc', '{"a":1}', parse);
    const b = intern.parse('doc', '{"a":1}', parse);
    const c = intern.parse('doc', '{"a":2}', parse);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(c).toEqual({ a: 2 });
    expect(parses).toBe(2);
  });

  it('keeps documents of different kinds apart and never caches a failure', () => {
    const intern = new Interner();
    expect(intern.parse('x', '1', () => 'x')).toBe('x');
    expect(intern.parse('y', '1', () => 'y')).toBe('y');
    const bad = () => intern.parse('z', '{', (t) => JSON.parse(t) as unknown);
    expect(bad).toThrow();
    expect(bad).toThrow();
  });

  it('rebuilds JSON-like values with one shared empty object and the same key order', () => {
    const intern = new Interner();
    const doc = {
      version: '2012-10-17',
      statements: [
        { effect: 'Allow', action: ['s3:*'], condition: {} },
        { effect: 'Deny', condition: {} },
      ],
    };
    const shared = intern.json(doc);
    expect(shared).toEqual(doc);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(doc));
    expect(shared.statements[0]!.condition).toBe(shared.statements[1]!.condition);
    expect(Object.isFrozen(shared.statements[0]!.condition)).toBe(true);
  });

  it('hands out the first of equal values', () => {
    const intern = new Interner();
    const a = intern.value({ protocol: '-1', ranges: ['0.0.0.0/0'] });
    const b = intern.value({ protocol: '-1', ranges: ['0.0.0.0/0'] });
    const c = intern.value({ protocol: 'tcp', ranges: ['0.0.0.0/0'] });
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(intern.strs(['a', 'b'])).toEqual(['a', 'b']);
  });

  it('owns the strings of a result in place, keeping shared objects shared and other objects untouched', () => {
    const doc = { statements: [{ action: ['s3:GetObject'], condition: Object.freeze({}) }] };
    const when = new Date('2026-01-01T00:00:00Z');
    const result = {
      roles: [
        { name: 'a', trust: doc },
        { name: 'b', trust: doc },
      ],
      when,
      tags: ['x', 'x'],
    };
    const same = new Interner().ownStrings(result);
    expect(same).toBe(result);
    expect(same.roles[0]!.trust).toBe(same.roles[1]!.trust);
    expect(same.when).toBe(when);
    expect(same).toEqual({
      roles: [
        { name: 'a', trust: doc },
        { name: 'b', trust: doc },
      ],
      when,
      tags: ['x', 'x'],
    });
    expect(new Interner().ownStrings('plain')).toBe('plain');
  });
});

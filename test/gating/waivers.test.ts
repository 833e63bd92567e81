import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyWaivers, isExpired, loadWaivers, type Waiver, waiverMatches, waiverNotes } from '../../src/gating/waivers.js';
import { itemsOf } from '../../src/model/items.js';
import { fromRoot } from '../../src/paths.js';
import { cli, tempDir } from '../support/cli.js';
import { evidenceItem } from '../support/evidence.js';

const NOW = new Date('2026-11-27T12:00:00Z');

function waiver(over: Partial<Waiver> = {}): Waiver {
  return { check: 'aws.s3.*', resource: '*', reason: 'accepted risk', owner: 'sec', expires: '2026-12-31', ...over };
}

describe('waiverMatches', () => {
  const item = evidenceItem({
    checkId: 'aws.s3.bucket-tls-only',
    resource: { id: 'logs-eu', name: 'logs-eu', arn: 'arn:aws:s3:::logs-eu' },
  });
  it.each([
    ['the exact check id and resource id', { check: 'aws.s3.bucket-tls-only', resource: 'logs-eu' }, true],
    ['a check glob and an ARN glob', { check: 'aws.s3.*', resource: 'arn:aws:s3:::logs-*' }, true],
    ['a name glob', { resource: 'logs-??' }, true],
    ['another check', { check: 'aws.iam.*' }, false],
    ['another resource', { resource: 'arn:aws:s3:::data-*' }, false],
    ['a partial pattern without a glob', { resource: 'logs' }, false],
  ])('%s', (_n, over, expected) => {
    expect(waiverMatches(waiver(over), item)).toBe(expected);
  });
});

describe('isExpired', () => {
  it.each([
    ['2026-11-27T23:59:59.999Z', false],
    ['2026-11-28T00:00:00.000Z', true],
    ['2026-01-01T00:00:00.000Z', false],
  ])('a waiver expiring 2026-11-27, at %s: %s', (at, expired) => {
    expect(isExpired({ expires: '2026-11-27' }, new Date(at))).toBe(expired);
  });
});

describe('applyWaivers', () => {
  it('marks only failing items, with the first unexpired matching waiver, and keeps their status', () => {
    const fail = evidenceItem({ status: 'fail' });
    const pass = evidenceItem({ status: 'pass' });
    const error = evidenceItem({ status: 'error' });
    const rules = [waiver({ expires: '2026-01-01', owner: 'old' }), waiver({ owner: 'first' }), waiver({ owner: 'second' })];
    const { items, report } = applyWaivers(itemsOf([fail, pass, error]), rules, NOW, 'w.yaml');
    expect([...items][0]).toMatchObject({
      status: 'fail',
      waiver: { owner: 'first', check: 'aws.s3.*', resource: '*', expires: '2026-12-31' },
    });
    expect([...items][1]!.waiver).toBeUndefined();
    expect([...items][2]!.waiver).toBeUndefined();
    expect(fail.waiver).toBeUndefined(); // inputs are not mutated
    expect(report).toEqual({
      file: 'w.yaml',
      applied: 1,
      expired: [{ index: 0, check: 'aws.s3.*', resource: '*', owner: 'old', expires: '2026-01-01', items: 1 }],
      unused: [],
    });
  });

  it('never waives an error item, and does not call a waiver unused when its item could not be read this run', () => {
    const unreadable = evidenceItem({ status: 'error' });
    const { items, report } = applyWaivers(itemsOf([unreadable]), [waiver()], NOW, 'w.yaml');
    expect([...items][0]!.waiver).toBeUndefined();
    expect(report).toMatchObject({ applied: 0, unused: [], expired: [] });
  });

  it('reports waivers that match no failing item, and notes them in one line each', () => {
    const { report } = applyWaivers(
      itemsOf([evidenceItem({ status: 'pass' })]),
      [waiver({ ticket: 'SEC-1' }), waiver({ expires: '2025-05-05' })],
      NOW,
      'w.yaml',
    );
    expect(report.applied).toBe(0);
    expect(report.unused).toEqual([{ index: 0, check: 'aws.s3.*', resource: '*', owner: 'sec', expires: '2026-12-31', ticket: 'SEC-1' }]);
    expect(waiverNotes(report)).toEqual([
      'waiver 2 in w.yaml (aws.s3.* on *, owner sec) expired on 2025-05-05; it no longer applies',
      'waiver 1 in w.yaml (aws.s3.* on *, owner sec, SEC-1) matches no failing item; remove it if the finding is fixed',
    ]);
  });
});

describe('blanket waivers', () => {
  const entry = (check: string, resource: string, extra = ''): string =>
    `waivers:\n  - check: aws.s3.bucket-tls-only\n    resource: logs-eu\n    reason: r\n    owner: o\n    expires: 2027-01-01\n` +
    `  - check: "${check}"\n    resource: "${resource}"\n    reason: accepted\n    owner: sec\n    expires: 2027-01-01\n${extra}`;
  const load = (text: string): Waiver[] => {
    const file = join(tempDir('annexa-waivers-'), 'w.yaml');
    writeFileSync(file, text);
    return loadWaivers(file, 'w.yaml');
  };
  it.each([
    ['"*" on "*"', '*', '*'],
    ['"**" on "*"', '**', '*'],
    ['"*" on "?*"', '*', '?*'],
    ['"*?*" on "***"', '*?*', '***'],
  ])('%s is refused, naming the file and the entry', (_n, check, resource) => {
    expect(() => load(entry(check, resource))).toThrow(
      /^w\.yaml: waivers\.1: check "[*?]+" on resource "[*?]+" waives every check on every resource, which switches the gate off; .*allowBlanket: true/,
    );
  });
  it.each([
    ['a check glob on every resource', 'aws.s3.*', '*'],
    ['every check on one resource', '*', 'arn:aws:s3:::logs-eu'],
    ['every check on a resource glob', '*', 'logs-*'],
    ['a single ? is not every value', '?', '*'],
  ])('%s is allowed', (_n, check, resource) => {
    expect(load(entry(check, resource))).toHaveLength(2);
  });
  it('is allowed when the entry says allowBlanket: true', () => {
    expect(load(entry('*', '*', '    allowBlanket: true\n'))[1]).toMatchObject({ check: '*', resource: '*', allowBlanket: true });
  });
  it('allowBlanket takes only true', () => {
    expect(() => load(entry('*', '*', '    allowBlanket: "yes"\n'))).toThrow(
      /^w\.yaml: waivers\.1\.allowBlanket: is either true or left out/,
    );
  });
  it('scan refuses a blanket waiver file: exit 2, one line', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'w.yaml'), entry('*', '*'));
    const r = await cli(['scan', '--snapshot', fromRoot('demo', 'demo-snapshot.json'), '--waivers', 'w.yaml', '-q'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^annexa: w\.yaml: waivers\.1: check "\*" on resource "\*" waives every/),
    ]);
  });
});

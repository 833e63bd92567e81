import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { itemsOf } from '../../src/model/items.js';
import { caseName, renderJunit, UNMAPPED_SUITE, writeJunit, xmlAttr, xmlText } from '../../src/output/junit.js';
import { cli, tempDir } from '../support/cli.js';
import { largeResult } from '../support/large-result.js';
import { DEMO_FILE, demoSnapshots, resultOf } from './sarif-fixtures.js';

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, where: string): string {
  if (/[<]/.test(s)) throw new Error(`raw "<" in ${where}`);
  return s.replace(/&([^;]*);?/g, (m, e: string) => {
    if (!m.endsWith(';')) throw new Error(`bare "&" in ${where}`);
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    if (!(e in ENTITIES)) throw new Error(`unknown entity &${e}; in ${where}`);
    return ENTITIES[e]!;
  });
}

/**
 * A strict little XML reader for the subset JUnit uses: a declaration, elements, double-quoted
 * attributes, text and the five entities plus character references. It throws on anything
 * malformed (unbalanced tags, raw "<" or "&", duplicate attributes, text outside the root),
 * so a test that parses the output also proves it is well formed.
 */
function parseXml(xml: string): XmlElement {
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/;
  if (!decl.test(xml)) throw new Error('missing XML declaration');
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*(\/?)>|([^<]+)/y;
  const stack: XmlElement[] = [{ name: '#document', attrs: {}, children: [], text: '' }];
  token.lastIndex = xml.match(decl)![0].length;
  while (token.lastIndex < xml.length) {
    const at = token.lastIndex;
    const m = token.exec(xml);
    if (!m) throw new Error(`malformed XML at ${at}: ${xml.slice(at, at + 40)}`);
    const [, close, name, rawAttrs, selfClose, text] = m;
    const top = stack.at(-1)!;
    if (text !== undefined) {
      if (stack.length === 1 && text.trim()) throw new Error('text outside the root element');
      top.text += decode(text, top.name);
    } else if (close) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of rawAttrs!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
        if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1]!] = decode(a[2]!, `${name}@${a[1]}`);
      }
      const el: XmlElement = { name: name!, attrs, children: [], text: '' };
      top.children.push(el);
      if (!selfClose) stack.push(el);
    }
  }
  if (stack.length !== 1 || stack[0]!.children.length !== 1) throw new Error('unbalanced document');
  return stack[0]!.children[0]!;
}

const kids = (e: XmlElement, name: string): XmlElement[] => e.children.filter((c) => c.name === name);

const doc = resultOf(demoSnapshots());
// An item no control covers, and one whose text needs every kind of escaping.
const nasty = 'Tag <b>&"quoted"</b> it\'s\u0001 here\ttab\nnewline ]]> 🦄';
const base = doc.items.find((i) => i.status === 'fail' && (i.controls['iso27001:2022']?.length ?? 0) >= 2)!;
const extra: EvidenceItem[] = [
  { ...base, id: 'unmapped-1', checkId: 'aws.test.unmapped', controls: {}, status: 'pass' },
  { ...base, id: 'nasty-1', message: nasty, resource: { ...base.resource, name: 'a&b<c>"d"', id: 'nasty' } },
  {
    ...base,
    id: 'waived-1',
    resource: { ...base.resource, name: 'waived-bucket', id: 'waived' },
    waiver: { check: base.checkId, resource: '*', reason: 'Accepted until migration.', owner: 'ops', expires: '2099-01-01' },
  },
];
const items = itemsOf([...doc.items, ...extra]);
const root = parseXml(renderJunit({ ...doc, items }));
const suites = kids(root, 'testsuite');

describe('JUnit XML', () => {
  it('is well formed, with one suite per ISO control that has items and an "unmapped" suite', () => {
    expect(root.name).toBe('testsuites');
    const ids = suites.map((s) => s.attrs.id);
    const expected = doc.controls.filter((c) => items.some((i) => i.controls['iso27001:2022']?.includes(c.id))).map((c) => c.id);
    expect(ids).toEqual([...expected, UNMAPPED_SUITE]);
    for (const s of suites.slice(0, -1)) expect(s.attrs.name).toBe(`${s.attrs.id} ${doc.controls.find((c) => c.id === s.attrs.id)!.title}`);
  });

  it("has one testcase per item in each of its controls' suites", () => {
    const cases = suites.flatMap((s) => kids(s, 'testcase'));
    expect(cases).toHaveLength(items.reduce((n, i) => n + Math.max(1, i.controls['iso27001:2022']?.length ?? 0), 0));
    const name = caseName(base);
    const homes = suites
      .filter((s) => kids(s, 'testcase').some((c) => c.attrs.classname === base.checkId && c.attrs.name === name))
      .map((s) => s.attrs.id);
    expect(homes.sort()).toEqual([...base.controls['iso27001:2022']!].sort());
    const unmapped = suites.at(-1)!;
    expect(kids(unmapped, 'testcase').map((c) => c.attrs.classname)).toEqual(['aws.test.unmapped']);
  });

  it('maps fail to <failure>, error to <error>, not_applicable to <skipped>, and counts them', () => {
    for (const s of suites) {
      const cases = kids(s, 'testcase');
      const count = (el: string): number => cases.filter((c) => kids(c, el).length === 1).length;
      expect(Number(s.attrs.tests)).toBe(cases.length);
      expect(Number(s.attrs.failures)).toBe(count('failure'));
      expect(Number(s.attrs.errors)).toBe(count('error'));
      expect(Number(s.attrs.skipped)).toBe(count('skipped'));
      expect(cases.every((c) => c.children.length <= 1)).toBe(true);
    }
    const outcome = (i: EvidenceItem): string | undefined => {
      const s = suites.find((x) => x.attrs.id === (i.controls['iso27001:2022']?.[0] ?? UNMAPPED_SUITE))!;
      const c = kids(s, 'testcase').find((x) => x.attrs.classname === i.checkId && x.attrs.name === caseName(i))!;
      return c.children[0]?.name;
    };
    for (const status of ['pass', 'fail', 'error', 'not_applicable'] as const) {
      const sample = doc.items.find((i) => i.status === status)!;
      expect(outcome(sample)).toBe({ pass: undefined, fail: 'failure', error: 'error', not_applicable: 'skipped' }[status]);
    }
    const err = doc.items.find((i) => i.status === 'error')!;
    expect(outcome(err)).toBe('error');
    // A waived failure no longer gates, so CI sees it skipped, with the waiver in the text.
    expect(outcome(extra[2]!)).toBe('skipped');
    const totals = ['tests', 'failures', 'errors', 'skipped'].map((k) => suites.reduce((n, s) => n + Number(s.attrs[k]), 0));
    expect(['tests', 'failures', 'errors', 'skipped'].map((k) => Number(root.attrs[k]))).toEqual(totals);
  });

  it('escapes text and attributes so every character survives a parser', () => {
    const s = suites.find((x) => x.attrs.id === base.controls['iso27001:2022']![0])!;
    const c = kids(s, 'testcase').find((x) => x.attrs.name?.startsWith('a&b<c>"d"'))!;
    const failure = kids(c, 'failure')[0]!;
    // U+0001 cannot appear in XML 1.0 at all, so it becomes U+FFFD; everything else round-trips.
    const expected = nasty.replace('\u0001', '\uFFFD');
    expect(failure.attrs.message).toBe(expected);
    expect(failure.text.startsWith(expected)).toBe(true);
    expect(failure.attrs.type).toBe(base.severity);
    expect(xmlText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(xmlAttr(`"'\n`)).toBe('&quot;&apos;&#10;');
    expect(xmlText('\uD800 lone')).toBe('\uFFFD lone');
    expect(xmlText('ok 🦄')).toBe('ok 🦄');
    expect(caseName({ ...base, resource: { ...base.resource, name: 'logs', account: '1', region: 'eu-west-1' } })).toBe(
      'logs (1 eu-west-1)',
    );
    expect(caseName({ ...base, resource: { ...base.resource, name: '1 (eu-west-1)', account: '1', region: 'eu-west-1' } })).toBe(
      '1 (eu-west-1)',
    );
  });

  it('is written by `scan --format junit` next to the other outputs', async () => {
    const r = await cli(['scan', '--snapshot', DEMO_FILE, '--format', 'json,sarif,junit', '--fail-on', 'none', '--allow-incomplete']);
    try {
      expect(r.code, r.stderr).toBe(0);
      const xml = readFileSync(join(r.cwd, 'annexa-out', 'annexa-result.junit.xml'), 'utf8');
      const written = parseXml(xml);
      expect(Number(written.attrs.failures)).toBeGreaterThan(0);
      expect(r.stdout).toContain('annexa-out/annexa-result.junit.xml');
      expect(r.stdout).toContain('annexa-out/annexa-result.sarif');
    } finally {
      rmSync(r.cwd, { recursive: true, force: true });
    }
  });
});

describe('JUnit XML of a large run', () => {
  it('puts every case back in item order after large suites wait in temporary files, with counts that match', async () => {
    // 6,000 items: the busiest controls' suites pass 64 KiB and go through their temporary files.
    const big = largeResult(6_000);
    const xml = readFileSync(await writeJunit(tempDir('annexa-junit-'), big), 'utf8');
    expect(xml).toBe(renderJunit(big));
    const parsed = kids(parseXml(xml), 'testsuite');
    const biggest = parsed.reduce((a, b) => (Number(b.attrs.tests) > Number(a.attrs.tests) ? b : a));
    expect(Number(biggest.attrs.tests)).toBeGreaterThan(300);
    for (const s of parsed) {
      const cases = kids(s, 'testcase');
      expect(cases).toHaveLength(Number(s.attrs.tests));
      expect(cases.filter((c) => kids(c, 'failure').length).length).toBe(Number(s.attrs.failures));
      const members = [...big.items].filter((i) =>
        s.attrs.id === UNMAPPED_SUITE ? !i.controls['iso27001:2022']?.length : i.controls['iso27001:2022']?.includes(s.attrs.id!),
      );
      expect(cases.map((c) => `${c.attrs.classname} ${c.attrs.name}`)).toEqual(members.map((i) => `${i.checkId} ${caseName(i)}`));
    }
  }, 60_000);
});

/**
 * Every cell of the Markdown summary holds whatever a resource name, ARN or message carries:
 * backticks, pipes, backslashes and line breaks must neither end the row, split the cell nor
 * end the code span early. Checked with a reader that follows GFM's table and code span rules.
 */
import { describe, expect, it } from 'vitest';
import { gate } from '../../src/gating/gate.js';
import { loadSnapshots } from '../../src/inventory/snapshot-file.js';
import { codeSpan, renderMarkdownSummary } from '../../src/output/markdown-summary.js';
import { DEMO_FILE, resultOf } from '../history/fixtures.js';

const demo = resultOf(loadSnapshots(DEMO_FILE), '2026-11-27T00:00:00.000Z');

/** GFM table row → cells: a backslash escapes the next character, an unescaped pipe ends a cell; `\|` then becomes `|`. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 1; i < row.length; i++) {
    if (row[i] === '\\' && i + 1 < row.length) {
      cur += row[i]! + row[i + 1]!;
      i++;
    } else if (row[i] === '|') {
      out.push(cur.replace(/\\\|/g, '|').trim());
      cur = '';
    } else cur += row[i];
  }
  return out;
}

/** The content of the single code span `cell` holds (CommonMark: equal fences, one space stripped from each end). */
function spanContent(cell: string): string {
  const open = /^`+/.exec(cell)![0];
  expect(cell.endsWith(open), `span closes with ${open.length} backtick(s): ${cell}`).toBe(true);
  const inner = cell.slice(open.length, cell.length - open.length);
  // No run of exactly the fence's length inside, or the span would end early.
  for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(open.length);
  return inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() ? inner.slice(1, -1) : inner;
}

const NASTY = [
  ['a backtick', 'log`s'],
  ['backticks at both ends', '`logs`'],
  ['a run of backticks', 'a``b```c'],
  ['a pipe', 'a|b'],
  ['a backslash before a pipe', 'a\\\\|b'],
  ['a newline', 'evil\n| x | y |'],
  ['backtick, pipe and newline together', '`|\n'],
  ['a carriage return', 'a\rb'],
  ['spaces at both ends', ' a '],
] as const;

describe('codeSpan', () => {
  it.each(NASTY)('keeps %s inside one span and one cell', (_n, text) => {
    const row = `| x | ${codeSpan(text, true)} | y |`;
    expect(row.split('\n')).toHaveLength(1);
    const c = cells(row);
    expect(c).toHaveLength(3);
    expect(c[0]).toBe('x');
    expect(c[2]).toBe('y');
    expect(spanContent(c[1]!)).toBe(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
  });

  it('outside a table leaves pipes alone', () => {
    expect(codeSpan('a|b')).toBe('`a|b`');
  });

  it('shows control characters and bidi overrides instead of obeying them', () => {
    expect(codeSpan('a\u001b[31mb\u202ec')).toBe('`a\\x1b[31mb\\u202ec`');
  });
});

describe('the findings table', () => {
  it.each(NASTY)('a resource named with %s keeps the table whole', (_n, text) => {
    const doc = structuredClone(demo);
    const victim = doc.items.find((i) => i.status === 'fail' && i.severity === 'critical')!;
    victim.resource = { ...victim.resource, name: text, arn: `arn:${text}` };
    victim.message = `found ${text}`;
    const md = renderMarkdownSummary(doc, gate(doc, { failOn: 'high', allowIncomplete: true }));
    const header = md.split('\n').findIndex((l) => l.startsWith('| Severity | Check | Resource |'));
    const rows = md.split('\n').slice(header + 2);
    const row = rows.find((l) => l.includes(victim.checkId) && l.includes('found'))!;
    expect(row, md).toBeDefined();
    const c = cells(row);
    expect(c).toHaveLength(6);
    expect(c[0]).toBe('critical');
    expect(spanContent(c[1]!)).toBe(victim.checkId);
    const [name, where] = c[2]!.split('<br>') as [string, string];
    // The table already turned `\|` back into `|`; what is left must not open code, emphasis or HTML.
    expect(name).not.toMatch(/(^|[^\\])[`*_<]/);
    expect(spanContent(where)).toBe(`arn:${text}`.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
    expect(c[3]).toMatch(/^found /);
    // Every row of the table still has six cells: nothing spilled into a new line.
    for (const l of rows.slice(
      0,
      rows.findIndex((x) => !x.startsWith('|')),
    ))
      expect(cells(l)).toHaveLength(6);
  });
});

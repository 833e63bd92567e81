import type { EvidenceItem } from '../model/evidence.js';
import type { ResultDocument } from './result.js';
import { writeOutputFile } from './write-file.js';

export const JUNIT_FILE = 'annexa-result.junit.xml';
const DEFAULT_FRAMEWORK = 'iso27001:2022';
export const UNMAPPED_SUITE = 'unmapped';

// Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab/LF/CR,
// lone surrogates, and U+FFFE/U+FFFF. They are replaced rather than dropped so lengths stay honest.
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return s.replace(INVALID, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and keep line breaks and tabs (a parser would fold them to spaces). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

function details(i: EvidenceItem): string {
  const r = i.resource;
  return [
    i.message,
    `check: ${i.checkId} (${i.title})`,
    `severity: ${i.severity}`,
    `resource: ${r.arn ?? r.id} (${r.type}, account ${r.account}, ${r.region})`,
    ...(i.error ? [`api: ${i.error.api}; needs ${i.error.action}; ${i.error.kind}: ${i.error.message}`] : []),
    ...(i.waiver
      ? [`waived until ${i.waiver.expires} by ${i.waiver.owner}: ${i.waiver.reason}${i.waiver.ticket ? ` (${i.waiver.ticket})` : ''}`]
      : []),
    `evidence: ${i.id}`,
  ].join('\n');
}

/** The resource, plus its account and region unless its name already says them (account-level names often do). */
export function caseName(i: EvidenceItem): string {
  const r = i.resource;
  const missing = [r.account, r.region].filter((p) => !r.name.includes(p));
  return missing.length ? `${r.name} (${missing.join(' ')})` : r.name;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/** The outcome element, or '' for a pass. A waived failure no longer gates, so CI sees it as skipped. */
function outcome(i: EvidenceItem): { xml: string; count?: keyof Omit<Counts, 'tests'> } {
  const body = xmlText(details(i));
  if (i.status === 'fail' && i.waiver)
    return { xml: `<skipped${attrs({ message: `waived (fail): ${i.message}` })}>${body}</skipped>`, count: 'skipped' };
  if (i.status === 'fail')
    return { xml: `<failure${attrs({ message: i.message, type: i.severity })}>${body}</failure>`, count: 'failures' };
  if (i.status === 'error')
    return { xml: `<error${attrs({ message: i.message, type: i.error?.kind ?? 'error' })}>${body}</error>`, count: 'errors' };
  if (i.status === 'not_applicable') return { xml: `<skipped${attrs({ message: i.message })}/>`, count: 'skipped' };
  return { xml: '' };
}

function suite(name: string, id: string, items: readonly EvidenceItem[], timestamp: string): { xml: string; counts: Counts } {
  const counts: Counts = { tests: items.length, failures: 0, errors: 0, skipped: 0 };
  const cases = items.map((i) => {
    const o = outcome(i);
    if (o.count) counts[o.count]++;
    const head = `    <testcase${attrs({ classname: i.checkId, name: caseName(i), time: 0 })}`;
    return o.xml ? `${head}>\n      ${o.xml}\n    </testcase>` : `${head}/>`;
  });
  const open = `  <testsuite${attrs({ name, id, ...counts, time: 0, timestamp })}>`;
  return { xml: [open, ...cases, '  </testsuite>'].join('\n'), counts };
}

/**
 * One testcase per evidence item, in one testsuite per ISO/IEC 27001:2022 control. An item
 * that evidences several controls appears in each of their suites; items with none go to "unmapped".
 */
export function renderJunit(doc: ResultDocument): string {
  // Suites follow the first framework the scan summarised (`--framework`'s first key), 27001:2022 by default.
  const FRAMEWORK = doc.controls[0]?.framework ?? DEFAULT_FRAMEWORK;
  const byControl = new Map<string, EvidenceItem[]>();
  const unmapped: EvidenceItem[] = [];
  for (const i of doc.items) {
    const ids = i.controls[FRAMEWORK] ?? [];
    if (ids.length === 0) unmapped.push(i);
    for (const id of ids) {
      const list = byControl.get(id);
      if (list) list.push(i);
      else byControl.set(id, [i]);
    }
  }
  const suites = doc.controls
    .filter((c) => c.framework === FRAMEWORK && byControl.has(c.id))
    .map((c) => suite(`${c.id} ${c.title}`, c.id, byControl.get(c.id)!, doc.run.evaluatedAt));
  // Controls an item names but the catalogue in this result lacks still get a suite.
  const known = new Set(doc.controls.map((c) => c.id));
  for (const [id, items] of [...byControl].filter(([id]) => !known.has(id)).sort(([a], [b]) => a.localeCompare(b))) {
    suites.push(suite(id, id, items, doc.run.evaluatedAt));
  }
  if (unmapped.length) suites.push(suite(UNMAPPED_SUITE, UNMAPPED_SUITE, unmapped, doc.run.evaluatedAt));
  const total = suites.reduce<Counts>(
    (t, s) => ({
      tests: t.tests + s.counts.tests,
      failures: t.failures + s.counts.failures,
      errors: t.errors + s.counts.errors,
      skipped: t.skipped + s.counts.skipped,
    }),
    { tests: 0, failures: 0, errors: 0, skipped: 0 },
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'annexa', ...total, time: 0 })}>`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

export function writeJunit(outDir: string, doc: ResultDocument): string {
  return writeOutputFile(outDir, JUNIT_FILE, renderJunit(doc));
}

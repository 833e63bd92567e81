/**
 * `--format junit`: one testsuite per control of the first framework (ISO/IEC 27001:2022 by
 * default), one testcase per evidence item, as CI test reports show them. Grouping stays per
 * control, as before streaming: a control is what a reviewer asks about, and per-check or
 * per-account suites would scatter it. Items arrive account by account and check by check, so a
 * control's cases are gathered in one reading into per-suite buffers (a suite past 64 KiB moves to
 * a temporary file); the file is written after, because each suite header and the root carry counts.
 */
import { appendFileSync, closeSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { scratchDir } from '../cleanup.js';
import { turn, turnDue } from '../loop-turn.js';
import type { EvidenceItem } from '../model/evidence.js';
import { writeFileAtomicStreamAsync } from '../safe-fs.js';
import type { ResultDocument } from './result.js';

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

/** Past this many characters a suite's testcases move from memory to its own temporary file. */
const SPILL_AT = 1 << 16;

/**
 * One suite's testcases as they arrive, with its counts. Small suites stay in memory; a large one
 * spills to a temporary file, so a run of millions of items holds a few kilobytes per control.
 */
class Suite {
  readonly counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  private buf = '';
  private file: string | undefined;

  constructor(private readonly spillFile: () => string) {}

  add(i: EvidenceItem): void {
    const o = outcome(i);
    this.counts.tests++;
    if (o.count) this.counts[o.count]++;
    const head = `    <testcase${attrs({ classname: i.checkId, name: caseName(i), time: 0 })}`;
    this.buf += o.xml ? `\n${head}>\n      ${o.xml}\n    </testcase>` : `\n${head}/>`;
    if (this.buf.length >= SPILL_AT) {
      this.file ??= this.spillFile();
      appendFileSync(this.file, this.buf);
      this.buf = '';
    }
  }

  /** The suite element, in pieces. */
  *xml(name: string, id: string, timestamp: string): Generator<string> {
    yield `  <testsuite${attrs({ name, id, ...this.counts, time: 0, timestamp })}>`;
    if (this.file) yield* readText(this.file);
    yield this.buf;
    yield '\n  </testsuite>';
  }
}

/** A file's text in pieces of about 1 MiB, never split inside a character. */
function* readText(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    const decoder = new StringDecoder('utf8');
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) yield decoder.write(buf.subarray(0, n));
    yield decoder.end();
  } finally {
    closeSync(fd);
  }
}

/**
 * The document in pieces. One reading of the items fills one suite per control as they come
 * (items arrive account by account, then check by check, and a control gathers several checks);
 * the suites and the totals are written after, since each header carries its counts.
 */
function* junitPieces(doc: ResultDocument, spillFile: () => string): Generator<string> {
  // Suites follow the first framework the scan summarised (`--framework`'s first key), 27001:2022 by default.
  const FRAMEWORK = doc.controls[0]?.framework ?? DEFAULT_FRAMEWORK;
  const byControl = new Map<string, Suite>();
  const unmapped = new Suite(spillFile);
  for (const i of doc.items) {
    const ids = i.controls[FRAMEWORK] ?? [];
    if (ids.length === 0) unmapped.add(i);
    for (const id of ids) {
      let s = byControl.get(id);
      if (!s) {
        s = new Suite(spillFile);
        byControl.set(id, s);
      }
      s.add(i);
    }
  }
  const suites: { name: string; id: string; suite: Suite }[] = doc.controls
    .filter((c) => c.framework === FRAMEWORK && byControl.has(c.id))
    .map((c) => ({ name: `${c.id} ${c.title}`, id: c.id, suite: byControl.get(c.id)! }));
  // Controls an item names but the catalogue in this result lacks still get a suite.
  const known = new Set(doc.controls.map((c) => c.id));
  for (const [id, suite] of [...byControl].filter(([id]) => !known.has(id)).sort(([a], [b]) => a.localeCompare(b))) {
    suites.push({ name: id, id, suite });
  }
  if (unmapped.counts.tests) suites.push({ name: UNMAPPED_SUITE, id: UNMAPPED_SUITE, suite: unmapped });
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const { suite } of suites) for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += suite.counts[k];
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attrs({ name: 'annexa', ...total, time: 0 })}>\n`;
  for (const { name, id, suite } of suites) {
    yield* suite.xml(name, id, doc.run.evaluatedAt);
    yield '\n';
  }
  yield '</testsuites>\n';
}

/** Temporary files for suites too large for memory, removed by `close`. */
function spillDir(): { file: () => string; close: () => void } {
  let dir: string | undefined;
  let n = 0;
  return {
    file: () => {
      dir ??= scratchDir('junit');
      return join(dir, `suite-${n++}.xml`);
    },
    close: () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One testcase per evidence item, in one testsuite per ISO/IEC 27001:2022 control. An item
 * that evidences several controls appears in each of their suites; items with none go to "unmapped".
 */
export function renderJunit(doc: ResultDocument): string {
  const spill = spillDir();
  try {
    return [...junitPieces(doc, spill.file)].join('');
  } finally {
    spill.close();
  }
}

/** Written in pieces: suites past 64 KiB wait in temporary files, so no run becomes one string in memory. */
export async function writeJunit(outDir: string, doc: ResultDocument): Promise<string> {
  const file = join(outDir, JUNIT_FILE);
  const spill = spillDir();
  try {
    await writeFileAtomicStreamAsync(file, async (write) => {
      for (const piece of junitPieces(doc, spill.file)) {
        write(piece);
        if (turnDue()) await turn();
      }
    });
  } finally {
    spill.close();
  }
  return file;
}

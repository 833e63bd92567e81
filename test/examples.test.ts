/** action.yml and the example workflows parse as YAML and carry the keys GitHub needs. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadWaivers } from '../src/gating/waivers.js';
import type { ResultFile } from '../src/model/result.js';
import { githubOutputs } from '../src/output/github-outputs.js';
import type { ResultDocument } from '../src/output/result.js';
import { fromRoot } from '../src/paths.js';
import { cli, readJson } from './support/cli.js';
import { fromFile } from './support/result.js';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}
interface Job {
  'runs-on': string;
  permissions?: Record<string, string>;
  needs?: string | string[];
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const yamlOf = <T>(...path: string[]): T => parse(readFileSync(fromRoot(...path), 'utf8')) as T;
const action = yamlOf<Action>('action.yml');
const EXAMPLES = readdirSync(fromRoot('examples', 'github'))
  .filter((f) => f.endsWith('.yml'))
  .sort();
const workflow = (f: string): Workflow => yamlOf<Workflow>('examples', 'github', f);
const annexaStep = (w: Workflow): Step =>
  Object.values(w.jobs)
    .flatMap((j) => j.steps)
    .find((s) => s.uses?.startsWith('annexa/annexa@'))!;

describe('action.yml', () => {
  it('is a composite action that runs annexa on Node 24 from a cached install of the packed package', () => {
    expect(action.runs.using).toBe('composite');
    const steps = action.runs.steps;
    const [find, setup, where, restore, install, save] = steps;
    expect(find).toMatchObject({ id: 'node', run: expect.stringContaining('RUNNER_TOOL_CACHE') });
    // setup-node changes the job's PATH, so it runs only when the runner has no Node 24 to use by path.
    expect(setup).toMatchObject({
      uses: 'actions/setup-node@v7',
      with: { 'node-version': 24 },
      if: "${{ steps.node.outputs.path == '' }}",
    });
    expect(where!.id).toBe('where');
    expect(restore).toMatchObject({ uses: 'actions/cache/restore@v6', with: { key: '${{ steps.where.outputs.key }}' } });
    expect(save).toMatchObject({ uses: 'actions/cache/save@v6', with: restore!.with });
    expect(install!.if).toContain("steps.cache.outputs.cache-hit != 'true'");
    expect(install!.run).toContain('npm pack');
    expect(install!.run).toMatch(/npm install --omit=dev .*annexa-\*\.tgz/);
    // Dev dependencies only to build a commit that ships no dist/, once per cache key.
    expect(install!.run).toMatch(/if \[ ! -f dist\/src\/cli\.js \]; then\n\s+npm ci/);
    const scan = steps.find((s) => s.id === 'scan')!;
    expect(scan.run).toContain('"$ANNEXA_NODE" "$ANNEXA_BIN"');
    expect(scan.env?.ANNEXA_BIN).toBe('${{ steps.where.outputs.dir }}/node_modules/annexa/bin/annexa.js');
    for (const s of steps.filter((x) => x.run)) expect(s.shell).toBe('bash');
    // No GNU-only flags: macOS runners have BSD base64.
    for (const s of steps.filter((x) => x.run)) expect(s.run).not.toMatch(/base64 -w/);
  });

  it('has the inputs the issue lists, each described', () => {
    const required = [
      'provider',
      'regions',
      'checks',
      'fail-on',
      'fail-on-control',
      'baseline',
      'waivers',
      'formats',
      'output-dir',
      'upload-sarif',
      'sarif-category',
      'snapshot',
      'args',
    ];
    expect(Object.keys(action.inputs).sort()).toEqual([...required].sort());
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    expect(action.inputs['upload-sarif']!.default).toBe('true');
  });

  it('never splices an input into a script (inputs reach bash through env)', () => {
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toMatch(/\$\{\{\s*inputs\./);
    const scan = action.runs.steps.find((s) => s.id === 'scan')!;
    // Every input reaches the scan, the SARIF category included: upload-sarif's own `category`
    // only fills runs without one, and annexa names one per account.
    for (const name of Object.keys(action.inputs)) expect(Object.values(scan.env ?? {})).toContain(`\${{ inputs.${name} }}`);
  });

  it('maps every output from the scan step, and each exists in what annexa writes to GITHUB_OUTPUT', () => {
    const fromAnnexa = [
      'items',
      'pass',
      'fail',
      'error',
      'not-applicable',
      'critical',
      'high',
      'medium',
      'low',
      'info',
      'waived',
      'new',
      'unchanged',
      'resolved',
      'json',
      'sarif',
      'gate',
    ];
    for (const o of fromAnnexa) expect(action.outputs[o]?.value, o).toBe(`\${{ steps.scan.outputs.${o} }}`);
    expect(action.outputs['exit-code']!.value).toBe('${{ steps.scan.outputs.code }}');
    const produced = Object.keys(
      githubOutputs(
        {
          summary: {
            items: 0,
            byStatus: { pass: 0, fail: 0, error: 0, not_applicable: 0 },
            failingBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
          },
          run: {},
          items: [],
        } as unknown as ResultDocument,
        { exitCode: 0, gate: 'pass', reason: '', blocking: [], blockingCount: 0 },
        {},
      ),
    );
    for (const o of fromAnnexa) expect(produced, o).toContain(o);
  });

  it('captures the exit code, uploads SARIF even when findings fail the scan, then fails with that code', () => {
    const steps = action.runs.steps;
    const scan = steps.findIndex((s) => s.id === 'scan');
    const upload = steps.findIndex((s) => s.uses === 'github/codeql-action/upload-sarif@v4');
    const fail = steps.length - 1;
    expect(steps[scan]!.run).toMatch(/set \+e\n.*\ncode=\$\?/);
    expect(upload).toBeGreaterThan(scan);
    expect(steps[upload]!.if).toContain('always()');
    expect(steps[upload]!.if).toContain("inputs.upload-sarif == 'true'");
    expect(steps[upload]!.with).toEqual({ sarif_file: '${{ steps.scan.outputs.sarif }}' });
    // Without code scanning the upload fails; that becomes a warning, not the job's outcome.
    expect(steps[upload]).toMatchObject({ id: 'upload', 'continue-on-error': true });
    const warn = steps.findIndex((s) => s.name?.startsWith('Warn when code scanning'));
    expect(steps[warn]!.if).toContain("steps.upload.outcome == 'failure'");
    expect(steps[warn]!.run).toContain('::warning');
    const more = steps.findIndex((s) => s.name?.startsWith('Upload further SARIF files'));
    expect(more).toBeGreaterThan(upload);
    expect(steps[more]!.if).toContain("steps.upload.outcome == 'success'");
    expect(steps[fail]!.if).toContain("steps.scan.outputs.code != '0'");
    expect(steps[fail]!.run).toContain('exit "${CODE');
  });
});

describe('example workflows', () => {
  it('are the three the README describes', () => {
    expect(EXAMPLES).toEqual(['azure-nightly.yml', 'nightly.yml', 'pr-gate.yml']);
  });

  it.each(EXAMPLES)('%s has on, OIDC permissions, jobs with steps, and uses the action', (file) => {
    const w = workflow(file);
    expect(w.name).toBeTruthy();
    expect(Object.keys(w.on).length).toBeGreaterThan(0);
    // The job that runs annexa needs OIDC and the SARIF upload, granted to the job or the whole workflow.
    const scanJob = Object.values(w.jobs).find((j) => j.steps.includes(annexaStep(w)))!;
    // actions: read lets upload-sarif read the workflow run, which private repositories require.
    expect(scanJob.permissions ?? w.permissions).toEqual({
      contents: 'read',
      'id-token': 'write',
      'security-events': 'write',
      actions: 'read',
    });
    for (const job of Object.values(w.jobs)) {
      expect(job['runs-on']).toBeTruthy();
      expect(job.steps.length).toBeGreaterThan(0);
    }
    const step = annexaStep(w);
    expect(step.id).toBe('annexa');
    expect(step.with?.['upload-sarif']).toBe('true');
    for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${file}: ${key}`).toContain(key);
  });

  it('pr-gate assumes an AWS role through OIDC and a deploy job needs the gate', () => {
    const w = workflow('pr-gate.yml');
    expect(w.on).toHaveProperty('pull_request');
    const steps = w.jobs.posture!.steps;
    expect(steps.find((s) => s.uses === 'aws-actions/configure-aws-credentials@v6')?.with).toHaveProperty('role-to-assume');
    expect(w.jobs.deploy!.needs).toBe('posture');
    expect(w.permissions).toEqual({});
    expect(w.jobs.deploy!.permissions).not.toHaveProperty('security-events');
    expect(annexaStep(w).with).toMatchObject({ 'fail-on': 'high', 'fail-on-control': 'A.8.24,A.5.15' });
  });

  it.each(['nightly.yml', 'azure-nightly.yml'])(
    '%s runs on a schedule, keeps the JSON as an artifact and restores the last result as the baseline',
    (file) => {
      const w = workflow(file);
      expect(w.on).toHaveProperty('schedule');
      const steps = w.jobs.scan!.steps;
      const at = (pred: (s: Step) => boolean): number => steps.findIndex(pred);
      const restore = at((s) => s.uses === 'actions/cache/restore@v6');
      const scan = at((s) => s.id === 'annexa');
      const artifact = at((s) => s.uses === 'actions/upload-artifact@v7');
      const save = at((s) => s.uses === 'actions/cache/save@v6');
      expect(restore).toBeGreaterThanOrEqual(0);
      expect(restore).toBeLessThan(scan);
      expect(steps[artifact]!.with?.path).toBe('annexa-out/annexa-result.json');
      expect(steps[artifact]!.if).toContain('always()');
      expect(save).toBeGreaterThan(scan);
      expect(steps[save]!.with?.path).toBe(steps[restore]!.with?.path);
      expect(steps[restore]!.with?.['restore-keys']).toBe((steps[save]!.with?.key ?? '').replace('${{ github.run_id }}', ''));
      expect(steps[scan]!.with?.baseline).toContain("hashFiles('annexa-baseline/annexa-result.json')");
    },
  );

  it('azure-nightly signs in with azure/login through OIDC and scans Azure', () => {
    const w = workflow('azure-nightly.yml');
    const login = w.jobs.scan!.steps.find((s) => s.uses === 'azure/login@v3');
    expect(Object.keys(login?.with ?? {}).sort()).toEqual(['client-id', 'subscription-id', 'tenant-id']);
    expect(annexaStep(w).with).toMatchObject({ provider: 'azure', args: '--subscriptions all' });
  });
});

describe('the README', () => {
  const readme = readFileSync(fromRoot('README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Use in GitHub Actions'),
    readme.indexOf('\n## ', readme.indexOf('## Use in GitHub Actions') + 3),
  );

  it('has a copy-paste workflow that parses and uses only inputs the action has', () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const w = parse(block) as Workflow;
    expect(w.jobs.posture!.permissions).toMatchObject({ 'id-token': 'write', 'security-events': 'write' });
    expect(w.jobs.deploy!.permissions).not.toHaveProperty('security-events');
    const step = annexaStep(w);
    for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    expect(w.jobs.deploy!.needs).toBe('posture');
  });

  it('documents every input and output of the action', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(section, name).toContain(`\`${name}\``);
  });
});

describe('the example waiver file', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('is valid and applies to the demo account', async () => {
    const file = fromRoot('examples', 'github', 'annexa-waivers.yaml');
    expect(loadWaivers(file, 'annexa-waivers.yaml')).toHaveLength(2);
    const r = await cli(
      ['scan', '--snapshot', fromRoot('demo', 'demo-snapshot.json'), '--waivers', file, '--fail-on', 'none', '--allow-incomplete', '-q'],
      { now: new Date('2026-11-27T00:00:00Z') },
    );
    dirs.push(r.cwd);
    expect(r.code, r.stderr).toBe(0);
    const doc = fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile);
    expect(doc.run.waivers).toMatchObject({ applied: 1, expired: [], unused: [{ index: 0 }] });
    expect(doc.items.find((i) => i.waiver)?.resource.name).toMatch(/^ops-bastion/);
  });
});

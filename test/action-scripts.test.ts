/**
 * The bash in action.yml, run the way a runner runs a composite step (`bash -e -o pipefail`)
 * with the inputs in the environment, against the built CLI and the demo snapshot.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SarifLog } from '../src/output/sarif-types.js';
import { fromRoot } from '../src/paths.js';
import { tempDir } from './support/cli.js';
import { parseGithubOutput } from './support/github-env.js';

/** The step's own `name=value` lines, then annexa's heredoc entries. */
function stepOutputs(text: string): Record<string, string> {
  const plain = text.split('\n').filter((l) => /^[a-z-]+=/.test(l));
  const rest = text
    .split('\n')
    .filter((l) => !plain.includes(l))
    .join('\n');
  return {
    ...parseGithubOutput(rest.endsWith('\n') || rest === '' ? rest : `${rest}\n`),
    ...Object.fromEntries(plain.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])),
  };
}

interface Step {
  name?: string;
  id?: string;
  run?: string;
}
const steps = (parse(readFileSync(fromRoot('action.yml'), 'utf8')) as { runs: { steps: Step[] } }).runs.steps;
const script = (pred: (s: Step) => boolean): string => steps.find(pred)!.run!;

function runStep(run: string, cwd: string, env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', run], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const INPUTS = {
  ANNEXA_PROVIDER: 'aws',
  ANNEXA_REGIONS: '',
  ANNEXA_CHECKS: '',
  ANNEXA_FAIL_ON: 'high',
  ANNEXA_FAIL_ON_CONTROL: '',
  ANNEXA_BASELINE: '',
  ANNEXA_WAIVERS: '',
  ANNEXA_FORMATS: 'json',
  ANNEXA_OUT: 'annexa-out',
  ANNEXA_UPLOAD_SARIF: 'true',
  ANNEXA_SARIF_CATEGORY: '',
  ANNEXA_SNAPSHOT: 'snap.json',
  ANNEXA_ARGS: '--allow-incomplete',
};

describe('action.yml scan step', () => {
  function scanIn(inputs: Partial<typeof INPUTS>): { dir: string; code: number | null; outputs: Record<string, string>; stderr: string } {
    const dir = tempDir('annexa-action-');
    copyFileSync(fromRoot('demo', 'demo-snapshot.json'), join(dir, 'snap.json'));
    writeFileSync(join(dir, 'out.txt'), '');
    const r = runStep(
      script((s) => s.id === 'scan'),
      dir,
      {
        ...INPUTS,
        ...inputs,
        ANNEXA_NODE: process.execPath,
        ANNEXA_BIN: fromRoot('bin', 'annexa.js'),
        GITHUB_OUTPUT: join(dir, 'out.txt'),
      },
    );
    return { dir, code: r.code, outputs: stepOutputs(readFileSync(join(dir, 'out.txt'), 'utf8')), stderr: r.stderr };
  }

  it('keeps going on findings, records the exit code, adds sarif for the upload and passes the category to annexa', () => {
    const r = scanIn({ ANNEXA_SARIF_CATEGORY: 'prod-gate' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({
      code: '1',
      'exit-code': '1',
      gate: 'fail',
      json: 'annexa-out/annexa-result.json',
      sarif: 'annexa-out/annexa-result.sarif',
    });
    const sarif = JSON.parse(readFileSync(join(r.dir, 'annexa-out', 'annexa-result.sarif'), 'utf8')) as SarifLog;
    expect(sarif.runs.map((run) => run.automationDetails.id)).toEqual([
      'prod-gate/aws/123456789012/',
      'prod-gate/azure/6f1c2a9e-4b7d-4e3a-9c55-2d8e0b7a1f34/',
    ]);
  });

  it('passes every line of a multi-line args input', () => {
    const r = scanIn({ ANNEXA_FAIL_ON: 'none', ANNEXA_ARGS: '--allow-incomplete\n--checks aws.s3.*\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ code: '0', gate: 'pass' });
    const json = JSON.parse(readFileSync(join(r.dir, 'annexa-out', 'annexa-result.json'), 'utf8')) as { run: { checks: string[] } };
    expect(json.run.checks.every((c) => c.startsWith('aws.s3.'))).toBe(true);
  });

  it('treats inputs as data: shell syntax in an input is never run', () => {
    const r = scanIn({ ANNEXA_CHECKS: '$(touch pwned)', ANNEXA_ARGS: '--allow-incomplete `touch pwned2`' });
    expect(readdirSync(r.dir)).not.toContain('pwned');
    expect(readdirSync(r.dir)).not.toContain('pwned2');
    // annexa saw the text itself and refused it as a bad argument.
    expect(r.outputs).toMatchObject({ code: '2', gate: 'fail' });
  });
});

describe('action.yml upload of further SARIF files', () => {
  it('posts each continuation file on its own, gzipped and base64-encoded, and skips when there are none', () => {
    const dir = tempDir('annexa-upload-');
    const out = join(dir, 'annexa-out');
    const bin = join(dir, 'bin');
    mkdirSync(out);
    mkdirSync(bin);
    writeFileSync(join(out, 'annexa-result.sarif'), '{"runs":[1]}');
    // A stand-in for curl that keeps each request body and URL.
    writeFileSync(
      join(bin, 'curl'),
      '#!/bin/bash\nn=$(ls "$CALLS" | grep -c body)\nfor a in "$@"; do case "$a" in @*) cp "${a#@}" "$CALLS/$n.body";; https*) echo "$a" > "$CALLS/$n.url";; esac; done\n',
    );
    chmodSync(join(bin, 'curl'), 0o755);
    const calls = join(dir, 'calls');
    mkdirSync(calls);
    const run = script((s) => Boolean(s.name?.startsWith('Upload further SARIF files')));
    const env = {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      CALLS: calls,
      ANNEXA_OUT: 'annexa-out',
      GITHUB_TOKEN: 't',
      RUNNER_TEMP: dir,
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_REPOSITORY: 'acme/infra',
    };

    expect(runStep(run, dir, env).code).toBe(0);
    expect(readdirSync(calls)).toEqual([]);

    writeFileSync(join(out, 'annexa-result-2.sarif'), '{"runs":[2]}');
    writeFileSync(join(out, 'annexa-result-3.sarif'), '{"runs":[3]}');
    const r = runStep(run, dir, env);
    expect(r.code, r.stderr).toBe(0);
    const bodies = [0, 1].map((n) => JSON.parse(readFileSync(join(calls, `${n}.body`), 'utf8')) as Record<string, string>);
    expect(bodies.map((b) => gunzipSync(Buffer.from(b.sarif!, 'base64')).toString())).toEqual(['{"runs":[2]}', '{"runs":[3]}']);
    expect(bodies[0]).toMatchObject({ commit_sha: 'a'.repeat(40), ref: 'refs/pull/7/merge', tool_name: 'annexa' });
    expect(readFileSync(join(calls, '0.url'), 'utf8').trim()).toBe('https://api.github.com/repos/acme/infra/code-scanning/sarifs');
  });
});

describe('action.yml Node 24 and install location', () => {
  const find = script((s) => s.id === 'node');
  const where = script((s) => s.id === 'where');

  it("uses a Node 24 from the runner's tool cache by path, without touching PATH", () => {
    const dir = tempDir('annexa-node-');
    const cached = join(dir, 'tools', 'node', '24.11.0', 'x64', 'bin');
    mkdirSync(cached, { recursive: true });
    writeFileSync(join(cached, 'node'), '#!/bin/sh\necho stub\n');
    chmodSync(join(cached, 'node'), 0o755);
    // A PATH with no node at all, as on a bare self-hosted runner.
    const r = runStep(find, dir, { PATH: '/usr/bin:/bin', RUNNER_TOOL_CACHE: join(dir, 'tools'), GITHUB_OUTPUT: join(dir, 'out') });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe(`path=${join(cached, 'node')}\n`);
  });

  it('reports none when only another major is there, so setup-node runs', () => {
    const dir = tempDir('annexa-node-');
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'node'), '#!/bin/sh\necho 20\n');
    chmodSync(join(bin, 'node'), 0o755);
    const r = runStep(find, dir, { PATH: `${bin}:/usr/bin:/bin`, RUNNER_TOOL_CACHE: join(dir, 'none'), GITHUB_OUTPUT: join(dir, 'out') });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('path=\n');
  });

  it('keys the cached install on the lockfile, the runner and the Node ABI', () => {
    const dir = tempDir('annexa-where-');
    const env = {
      FOUND_NODE: process.execPath,
      GITHUB_ACTION_PATH: fromRoot(),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: join(dir, 'out'),
    };
    expect(runStep(where, dir, env).code).toBe(0);
    const out = stepOutputs(readFileSync(join(dir, 'out'), 'utf8'));
    expect(out).toMatchObject({ node: process.execPath, dir: join(dir, 'annexa-install') });
    expect(out.key).toMatch(new RegExp(`^annexa-install-Linux-X64-[0-9a-f]{16}-node${process.versions.modules}$`));
  });
});

describe('action.yml when code scanning refuses an upload', () => {
  it('warns and carries on, so the gate still decides the job', () => {
    const dir = tempDir('annexa-upload-');
    const bin = join(dir, 'bin');
    mkdirSync(join(dir, 'annexa-out'));
    mkdirSync(bin);
    writeFileSync(join(dir, 'annexa-out', 'annexa-result-2.sarif'), '{"runs":[2]}');
    writeFileSync(join(bin, 'curl'), '#!/bin/bash\necho \'{"message":"Advanced Security must be enabled"}\'\nexit 22\n');
    chmodSync(join(bin, 'curl'), 0o755);
    const run = script((s) => Boolean(s.name?.startsWith('Upload further SARIF files')));
    const r = runStep(run, dir, {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      ANNEXA_OUT: 'annexa-out',
      GITHUB_TOKEN: 't',
      RUNNER_TEMP: dir,
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_REPOSITORY: 'acme/private-infra',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/::warning title=annexa::Upload of annexa-out\/annexa-result-2\.sarif to code scanning failed/);
  });
});

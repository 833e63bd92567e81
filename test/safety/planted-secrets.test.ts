/**
 * Nothing leaks: secrets planted where a hostile or careless estate puts them (a provider's
 * error message, a snapshot note, a tag value, a resource name) appear in no file annexa writes,
 * nothing it prints, and no line it prints can start a workflow command.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type CliIO, printable, printableCommand, printableProgress } from '../../src/cli/io.js';
import { main } from '../../src/cli.js';
import type { SnapshotSet } from '../../src/model/snapshot.js';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';

// Assembled at run time, so this file holds no literal token for a scanner to flag.
const SECRETS = {
  githubToken: `ghp_${'q1W2e3R4t5'.repeat(3)}Y6u7I8`,
  slackToken: `xoxb-${'1234567890'}-${'0987654321'}-${'AbCdEfGhIjKlMnOpQrStUvWx'}`,
  awsKeyId: `AKIA${'Q7ZK3M9PLX2W4RTV'}`,
  awsSecret: `wJa1rXUtnFEMI/K7MDENG/bPxRfiCY${'Zq9Lk2Pw7B'}`,
  jwt: `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaSJ9.${'c2lnbmF0dXJlLW9mLXRoZS10b2tlbg'}`,
  password: `Tr0ub4dor&3${'xyz'}`,
  connPassword: `P4ss-${'in-conn-string'}`,
  sasSig: `AbC${'%2Fsig%3Dvalue'}`,
  tagPassword: `h0rse-${'battery-staple'}`,
} as const;

/** The demo snapshots with secrets planted in an error, a note, a tag and a resource name. */
function plantedSnapshot(dir: string): string {
  const set = JSON.parse(readFileSync(fromRoot('demo', 'demo-snapshot.json'), 'utf8')) as SnapshotSet;
  const aws = set.snapshots.find((s) => s.provider === 'aws')!;
  const azure = set.snapshots.find((s) => s.provider === 'azure')!;

  // A provider error message quoting credentials, as a misbehaving proxy or SDK dump might.
  const analyzers = aws.inventory['aws.accessanalyzer.analyzers']!;
  const region = Object.keys(analyzers)[0]!;
  analyzers[region] = {
    ...analyzers[region]!,
    result: {
      ok: false,
      error: {
        kind: 'denied',
        api: 'access-analyzer:ListAnalyzers',
        action: 'access-analyzer:ListAnalyzers',
        code: 'AccessDenied',
        message: `denied for ${SECRETS.awsKeyId} (Authorization: Bearer ${SECRETS.jwt}); aws_secret_access_key=${SECRETS.awsSecret} password=${SECRETS.password}`,
      },
    },
  };
  // A note quoting a connection string and a token.
  aws.notes.push(`Region discovery failed: Server=db;Database=app;Password=${SECRETS.connPassword}; via ${SECRETS.slackToken}`);
  azure.notes.push(`Subscription details unreadable: https://acme.blob.core.windows.net/c?sv=2022-11-02&sig=${SECRETS.sasSig}`);

  // A resource name carrying a token and a workflow command, and a tag value with a password.
  const vaults = azure.inventory['azure.keyvault.vaults']!.global!;
  if (!vaults.result.ok) throw new Error('demo key vaults should be readable');
  const vault = (vaults.result.value as Record<string, unknown>[])[0]!;
  vault.name = `acme-kv-app ${SECRETS.githubToken}\n::error ::pwned`;
  vault.tags = { owner: 'data-team', deploy: `password=${SECRETS.tagPassword}` };

  const file = join(dir, 'planted.json');
  writeFileSync(file, JSON.stringify(set));
  return file;
}

/** Every byte of every file under `path`, tarballs unpacked (gzip hides nothing from the check). */
function allBytes(path: string): string {
  const st = statSync(path);
  if (st.isDirectory()) {
    return readdirSync(path)
      .map((e) => allBytes(join(path, e)))
      .join('\n');
  }
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('latin1');
}

interface Printed {
  stdout: string;
  stderr: string;
  commands: string[];
}

/** The CLI run in-process with the same printing rules as `processIO`, capturing what it prints. */
async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number } & Printed> {
  const printed: Printed = { stdout: '', stderr: '', commands: [] };
  const io: CliIO = {
    stdout: (t) => (printed.stdout += `${printable(t.endsWith('\n') ? t.slice(0, -1) : t)}\n`),
    stderr: (t) => (printed.stderr += `${printable(t.endsWith('\n') ? t.slice(0, -1) : t)}\n`),
    progress: (t) => (printed.stderr += printableProgress(t)),
    command: (t) => {
      const line = printableCommand(t.endsWith('\n') ? t.slice(0, -1) : t);
      printed.commands.push(line);
      printed.stdout += `${line}\n`;
    },
    isTTY: true,
    env,
    cwd,
  };
  const code = await main(args, io);
  return { code, ...printed };
}

describe('planted secrets', () => {
  it('appear in no output file, evidence bundle, history DB, saved snapshot, stdout or stderr', async () => {
    const cwd = tempDir('annexa-planted-');
    const input = plantedSnapshot(cwd);
    const stepSummary = join(cwd, 'step-summary.md');
    const ghOutput = join(cwd, 'github-output.txt');
    const env = { CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: stepSummary, GITHUB_OUTPUT: ghOutput };
    const out = await run(
      [
        'scan',
        '--snapshot',
        input,
        '--format',
        'json,sarif,junit,ocsf,html',
        '--out',
        'out',
        '--summary-md',
        'summary.md',
        '--history',
        'history/annexa.db',
        '--evidence',
        'evidence',
        '--evidence-tar',
        '--save-snapshot',
        'saved.json',
        '--fail-on',
        'none',
        '--allow-incomplete',
      ],
      cwd,
      env,
    );
    expect(out.stderr).not.toMatch(/internal error/);
    expect(out.code).toBe(0);

    const written = {
      out: allBytes(join(cwd, 'out')),
      summary: allBytes(join(cwd, 'summary.md')),
      stepSummary: allBytes(stepSummary),
      githubOutput: allBytes(ghOutput),
      history: allBytes(join(cwd, 'history')),
      evidence: allBytes(join(cwd, 'evidence')),
      evidenceTar: allBytes(join(cwd, 'evidence.tar.gz')),
      saved: allBytes(join(cwd, 'saved.json')),
      stdout: out.stdout,
      stderr: out.stderr,
    };
    // The planted places did reach the outputs (so this test could fail): the error, the notes,
    // the renamed vault and its tag, each with the secret taken out.
    expect(written.out).toContain('access-analyzer:ListAnalyzers');
    expect(written.out).toContain('Region discovery failed: Server=db;Database=app;Password=[REDACTED]');
    expect(written.out).toContain('acme-kv-app [REDACTED]');
    expect(written.saved).toContain('password=[REDACTED]');
    expect(written.evidence).toContain('password=[REDACTED]');
    expect(written.history).toContain('acme-kv-app [REDACTED]');
    for (const [where, text] of Object.entries(written)) {
      for (const [name, secret] of Object.entries(SECRETS)) expect(text.includes(secret), `${name} in ${where}`).toBe(false);
    }

    // No printed line starts a workflow command but annexa's own annotations.
    for (const [stream, text] of [
      ['stdout', out.stdout],
      ['stderr', out.stderr],
    ] as const) {
      for (const line of text.split(/[\n\r]/)) {
        if (/^\s*::/.test(line)) expect(out.commands, `${stream}: ${line}`).toContain(line);
      }
    }
    expect(out.commands.length).toBeGreaterThan(0);
    expect(out.commands.some((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
    for (const line of out.commands) {
      expect(line).not.toContain('\n');
      if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning|notice) [^\n]*::/);
    }
    // The name's own `::error ::pwned` never stands at the start of a line.
    expect(`${out.stdout}\n${out.stderr}`.split(/[\n\r]/).filter((l) => /^\s*::error ::pwned/.test(l))).toEqual([]);
  }, 120_000);

  it('printing redacts before and after neutralising, so an escape sequence cannot hide a token', () => {
    const [head, tail] = [SECRETS.githubToken.slice(0, 12), SECRETS.githubToken.slice(12)];
    const line = printable(`name ${head}\u001b[0m${tail}\n::add-mask::x password=${SECRETS.password}`);
    expect(line).toBe('name [REDACTED]\n: :add-mask::x password=[REDACTED]');
    expect(printableProgress(`scanning ${SECRETS.slackToken}\r done`)).toBe('scanning [REDACTED]\r done');
    expect(printableCommand(`::error title=x::token=${SECRETS.password}`)).toBe('::error title=x::token=[REDACTED]');
  });
});

/**
 * CLI manners: `-q` prints nothing but errors, every `--format` is validated with the same
 * sentence, every error and warning is one `annexa: ` line, and paths are printed as given.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asGiven } from '../../src/cli/given-paths.js';
import { fromRoot } from '../../src/paths.js';
import { cli, tempDir } from '../support/cli.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');
const SCAN = ['scan', '--snapshot', DEMO, '--fail-on', 'none', '--allow-incomplete'];

/** Every line of stderr is one message in the house style. */
function houseStyle(stderr: string): void {
  for (const line of stderr.trimEnd().split('\n').filter(Boolean)) expect(line).toMatch(/^annexa: \S/);
}

describe('-q prints nothing but errors', () => {
  it.each([
    ['scan', SCAN],
    ['scan with --summary-md and --history', [...SCAN, '--summary-md', 's.md', '--history', 'h.db']],
    ['demo', ['demo']],
  ])('%s -q: empty stdout and stderr, outputs still written', async (_n, args) => {
    const r = await cli([...args, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('merge -q: empty stdout', async () => {
    const first = await cli([...SCAN, '-q']);
    const r = await cli(['merge', 'annexa-out/annexa-result.json', '--out', 'merged', '--fail-on', 'none', '--allow-incomplete', '-q'], {
      cwd: first.cwd,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('an error is still printed under -q', async () => {
    const r = await cli(['scan', '--snapshot', 'missing.json', '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('annexa: missing.json: snapshot file not found\n');
  });
});

describe('--format is validated by every command that takes it', () => {
  const TEXT_JSON = 'text, json';
  const OUTPUTS = 'json, sarif, junit, ocsf, html';
  it.each([
    [['scan', '--snapshot', DEMO], OUTPUTS],
    [['demo'], OUTPUTS],
    [['merge', 'r.json'], OUTPUTS],
    [['checks', 'list'], TEXT_JSON],
    [['checks', 'list', '--manual'], TEXT_JSON],
    [['controls', 'list'], TEXT_JSON],
    [['report', 'soa'], 'html, csv, md'],
    [['evidence', 'verify', 'bundle'], TEXT_JSON],
    [['history', 'list'], TEXT_JSON],
    [['history', 'diff', 'a', 'b'], TEXT_JSON],
    [['history', 'trend', '--control', 'A.8.24'], TEXT_JSON],
  ])('%j --format xml → exit 2, naming --format and the choices', async (args, choices) => {
    const r = await cli([...args, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`annexa: --format: "xml" is not one of ${choices}\n`);
  });
});

describe('one prefix style', () => {
  it.each([
    [['scan', '--no-such-flag'], "annexa: unknown option '--no-such-flag' (run with --help for usage)"],
    [['scan', '--snapshot'], "annexa: option '--snapshot <file>' argument missing (run with --help for usage)"],
    [['nope'], "annexa: unknown command 'nope' (run with --help for usage)"],
  ])('usage error %j is one annexa: line', async (args, line) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
  });
});

describe('paths are printed as the user gave them', () => {
  const setup = (): string => {
    const root = tempDir('annexa-paths-');
    mkdirSync(join(root, 'work'));
    writeFileSync(join(root, 'afile'), 'x');
    return join(root, 'work');
  };
  it.each([
    [['scan', '--snapshot', '../nope.json'], 'annexa: ../nope.json: snapshot file not found'],
    [['scan', '--snapshot', DEMO, '--config', '../nope.yaml'], 'annexa: ../nope.yaml: file not found'],
    [['merge', '../nope.json'], 'annexa: ../nope.json: result file not found'],
    [['evidence', 'verify', '../bundle'], 'annexa: ../bundle: not found'],
    [
      ['scan', '--snapshot', DEMO, '--out', '../afile/x'],
      /^annexa: --out: cannot write \.\.\/afile\/x\/annexa-result\.json: \.\.\/afile is not a directory$/,
    ],
  ])('error for %j', async (args, expected) => {
    const r = await cli(args, { cwd: setup() });
    expect(r.code).toBe(2);
    const line = r.stderr.trimEnd();
    if (typeof expected === 'string') expect(line).toBe(expected);
    else expect(line).toMatch(expected);
  });

  it('"Wrote" names outputs under --out ../dir and --summary-md ../file as given', async () => {
    const r = await cli([...SCAN, '--out', '../o2', '--summary-md', '../s.md'], { cwd: setup() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Wrote ../o2/annexa-result.json, ../s.md\n');
  });

  it.each([
    ['a file under the given directory', ['--out', '../o'], '/r/o/x.json', '../o/x.json'],
    ['the given file itself', ['../s.json'], 'annexa: /r/s.json: not found', 'annexa: ../s.json: not found'],
    ['a longer name is not the given one', ['../o'], '/r/other and /r/o2', '/r/other and /r/o2'],
    ['a path embedded in another is left alone', ['../o'], '/x/r/o/y', '/x/r/o/y'],
    ['"." and ".." would rewrite everything, so they do not', ['.', '..'], '/r/w/a and /r/b', '/r/w/a and /r/b'],
    ['a trailing slash is dropped', ['../o/'], '/r/o/x', '../o/x'],
    [
      'a parent of a given path is spelt the same way',
      ['../o/deep/x'],
      'annexa: /r/o is not a directory',
      'annexa: ../o is not a directory',
    ],
    ['absolute paths are already as given', ['/r/o'], '/r/o/x', '/r/o/x'],
  ])('asGiven: %s', (_n, argv, printed, shown) => {
    expect(asGiven(argv, '/r/w')(printed)).toBe(shown);
  });
});

describe('the installed CLI', () => {
  it('prints Node process warnings (the AWS SDK notice) as one annexa: line each, never a stack', () => {
    const script = "process.emitWarning('first line\\nsecond line', 'TestWarning');";
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `import { processIO } from '${fromRoot('dist', 'src', 'cli', 'io.js')}'; processIO(); ${script}`],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('annexa: warning: TestWarning: first line second line\n');
  });

  it('a live scan against an IP endpoint that refuses connections: one line, exit 2', () => {
    const r = spawnSync(
      process.execPath,
      [
        fromRoot('bin', 'annexa.js'),
        'scan',
        'aws',
        '--endpoint-url',
        'http://127.0.0.1:1',
        '--regions',
        'us-east-1',
        '--max-attempts',
        '1',
      ],
      {
        encoding: 'utf8',
        cwd: tempDir(),
        env: { PATH: process.env.PATH, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'not-a-real-secret', CI: 'true' },
        timeout: 60_000,
      },
    );
    expect(r.status, r.stderr).toBe(2);
    houseStyle(r.stderr);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).toMatch(/^annexa: .*127\.0\.0\.1|ECONNREFUSED|connection refused/m);
  });
});

/**
 * A file name with a newline (or another control character) in it is printed escaped, so an
 * error naming it is still one `annexa:` line (ground rule 6) and shows the name as spelt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asGiven } from '../../src/cli/given-paths.js';
import { fromRoot } from '../../src/paths.js';
import { shownName } from '../../src/shown-name.js';
import { cli, tempDir } from '../support/cli.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');
const SCAN = ['scan', '--snapshot', DEMO, '--fail-on', 'none', '--allow-incomplete'];

/** A working directory where `a\nb` is a file, so nothing can be written under it. */
function setup(): string {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'a\nb'), 'a file, not a directory');
  writeFileSync(join(cwd, 'bad\nfile.json'), '{bad');
  return cwd;
}

describe('errors naming a file with a newline in its name', () => {
  it.each([
    [[...SCAN, '--out', 'a\nb/x.json'], 'annexa: --out: cannot write a\\nb/x.json/annexa-result.json: a\\nb is not a directory'],
    [['scan', '--snapshot', 'no\nsuch.json'], 'annexa: no\\nsuch.json: snapshot file not found'],
    [['scan', '--snapshot', 'bad\nfile.json'], /^annexa: bad\\nfile\.json: not valid JSON: /],
    [[...SCAN, '--config', 'no\nc.yaml'], 'annexa: no\\nc.yaml: file not found'],
    [[...SCAN, '--summary-md', 'a\nb/s.md'], /^annexa: --summary-md: cannot write a\\nb\/s\.md: /],
    [[...SCAN, '--save-snapshot', 'a\nb/s.json'], /^annexa: a\\nb\/s\.json: /],
    [['merge', 'no\nm.json'], 'annexa: no\\nm.json: result file not found'],
    [['evidence', 'verify', 'no\nbundle'], 'annexa: no\\nbundle: not found'],
    [['report', 'soa', '--result', 'no\nr.json'], /^annexa: no\\nr\.json: file not found/],
    [['share', '--result', DEMO, '--key-file', 'no\nk'], 'annexa: --key-file: no\\nk: not a readable file'],
  ])('%j: one line, exit 2', async (args, expected) => {
    const r = await cli(args, { cwd: setup() });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.slice(0, -1)).not.toContain('\n');
    if (typeof expected === 'string') expect(r.stderr).toBe(`${expected}\n`);
    else expect(r.stderr).toMatch(expected);
  });

  it('"Wrote" names an output directory with a newline on one line', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'ok'));
    const r = await cli([...SCAN, '--out', 'ok/c\nd'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Wrote ok/c\\nd/annexa-result.json\n');
  });
});

describe('warnings naming the user’s file or text', () => {
  it('a waiver note stays one line when the waiver file’s name and owner hold newlines', async () => {
    const cwd = tempDir();
    const waiver =
      'waivers:\n  - check: aws.s3.bucket-tls-only\n    resource: nothing-matches\n    reason: r\n    owner: "two\\nlines"\n    expires: 2020-01-01\n';
    writeFileSync(join(cwd, 'w\nx.yaml'), waiver);
    const r = await cli([...SCAN, '--waivers', 'w\nx.yaml'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^annexa: waiver 1 in .*w\\nx\.yaml .*owner two\\nlines/);
  });
});

describe('shownName', () => {
  it.each([
    ['plain.json', 'plain.json'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\r\\nb'],
    ['tab\there', 'tab\\there'],
    ['esc\u001b[31mred', 'esc\\x1b[31mred'],
    ['nul\u0000 del\u007f c1\u0085', 'nul\\x00 del\\x7f c1\\x85'],
    ['ünïcode — names', 'ünïcode — names'],
  ])('%j → %j', (name, shown) => {
    expect(shownName(name)).toBe(shown);
  });

  it('asGiven rewrites an escaped absolute name back to its escaped spelling', () => {
    expect(asGiven(['--out', '../o\np'], '/r/w')('annexa: /r/o\\np/x.json: no')).toBe('annexa: ../o\\np/x.json: no');
  });
});

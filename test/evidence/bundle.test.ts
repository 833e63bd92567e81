import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../src/model/evidence.js';
import type { ResultFile } from '../../src/model/result.js';
import { fromRoot } from '../../src/paths.js';
import { cli, readJson } from '../support/cli.js';
import { fromFile, type TestResult } from '../support/result.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');
const work = mkdtempSync(join(tmpdir(), 'annexa-evidence-'));
// Many bundle copies: removing them can take a while on a loaded machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

function keyPair(name: string, type: 'ed25519' | 'rsa' = 'ed25519'): { priv: string; pub: string } {
  const { privateKey, publicKey } = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 1024 }) : generateKeyPairSync('ed25519');
  const priv = join(work, `${name}.pem`);
  const pub = join(work, `${name}.pub.pem`);
  writeFileSync(priv, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }));
  return { priv, pub };
}
const signer = keyPair('signer');
const stranger = keyPair('stranger');

const scan = (cwd: string, ...extra: string[]) =>
  cli(['scan', '--snapshot', DEMO, '--fail-on', 'none', '--allow-incomplete', ...extra], { cwd });
const verify = (bundle: string, ...extra: string[]) => cli(['evidence', 'verify', bundle, ...extra], { cwd: work });

interface Excerpt {
  itemId: string;
  checkId: string;
  sources: { key: string; match: string; value?: unknown; error?: { kind: string }; apis: string[]; collectedAt: string }[];
}
const excerptLines = (file: string): Excerpt[] =>
  readFileSync(join(signed, 'excerpts', file), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Excerpt);
const excerptOf = (item: EvidenceItem): Excerpt => excerptLines(`${item.checkId}.jsonl`).find((e) => e.itemId === item.id)!;

let signed: string;
let unsigned: string;
let result: TestResult;
let copies = 0;
/** A private copy of a bundle to tamper with. */
function copy(bundle: string): string {
  const to = join(work, `copy${++copies}`, 'bundle');
  cpSync(bundle, to, { recursive: true });
  return to;
}

beforeAll(async () => {
  const r = await scan(work, '--evidence', 'signed', '--sign-key', signer.priv, '--evidence-tar');
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('signed, ');
  signed = join(work, 'signed');
  result = fromFile(readJson(join(work, 'annexa-out', 'annexa-result.json')) as ResultFile);
  const u = await scan(work, '--evidence', 'unsigned.tar.gz', '--out', 'out2');
  expect(u.code, u.stderr).toBe(0);
  unsigned = join(work, 'unsigned');
  // Two scans of the demo: slow on a loaded machine.
}, 60_000);

describe('evidence bundle contents', () => {
  it('holds every item, one excerpt per item, the run, the mappings and a manifest of all of it', () => {
    const items = readFileSync(join(signed, 'items.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as EvidenceItem);
    expect(items).toEqual(result.items);
    const excerpts = readdirSync(join(signed, 'excerpts')).sort();
    expect(excerpts).toEqual([...new Set(result.items.map((i) => `${i.checkId}.jsonl`))].sort());
    // One excerpt per item, in its check's file.
    const excerptIds = excerpts.flatMap((f) => excerptLines(f).map((l) => `${l.checkId}/${l.itemId}`));
    expect(excerptIds.sort()).toEqual(result.items.map((i) => `${i.checkId}/${i.id}`).sort());
    const run = readJson(join(signed, 'run.json')) as { run: TestResult['run'] };
    expect(run.run.checks).toEqual(result.run.checks);
    const mappings = readJson(join(signed, 'mappings.json')) as {
      mappingVersion: string;
      frameworks: { key: string }[];
      files: { path: string; sha256: string }[];
    };
    expect(mappings.mappingVersion).toBe(result.run.mappingVersion);
    expect(mappings.frameworks.map((f) => f.key)).toContain('iso27001:2022');
    expect(mappings.files.map((f) => f.path)).toContain('src/providers/aws/services/s3/links.yaml');
    const manifest = readJson(join(signed, 'manifest.json')) as { files: { path: string; sha256: string; bytes: number }[]; items: number };
    expect(manifest.items).toBe(result.items.length);
    expect(manifest.files.map((f) => f.path)).toEqual(
      ['items.jsonl', 'mappings.json', 'run.json', ...excerpts.map((e) => `excerpts/${e}`)].sort(),
    );
    expect(readdirSync(signed).sort()).toEqual(['excerpts', 'items.jsonl', 'manifest.json', 'manifest.sig', 'mappings.json', 'run.json']);
  });

  it('cuts each excerpt down to the resource the item is about', () => {
    const item = result.items.find((i) => i.checkId === 'aws.s3.bucket-versioning-enabled' && i.resource.name === 'acme-data-lake')!;
    const ex = excerptOf(item);
    expect(ex.sources.map((s) => [s.key, s.match])).toEqual([
      ['aws.s3.buckets', 'resource'],
      ['aws.s3.bucketVersioning', 'resource'],
    ]);
    expect(ex.sources[0]!.value).toEqual([expect.objectContaining({ name: 'acme-data-lake' })]);
    expect(Object.keys(ex.sources[1]!.value as object)).toEqual(['acme-data-lake']);
    expect(ex.sources[1]!.apis).toEqual(item.sources[1]!.apis);
    // A denied call is its own evidence: the excerpt is the error.
    const denied = result.items.find((i) => i.checkId === 'aws.config.recorder-enabled' && i.status === 'error')!;
    expect(excerptOf(denied).sources[0]).toMatchObject({ match: 'error', error: { kind: 'denied' } });
  });
});

describe('evidence verify', () => {
  it('verifies an intact signed bundle, directory and tarball, exit 0', async () => {
    const r = await verify(signed, '--public-key', signer.pub);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Verified .*: \d+ files match the manifest, \d+ items, .*signature verified with --public-key SHA256:/);
    const t = await verify(`${signed}.tar.gz`, '--public-key', signer.pub);
    expect(t.code, t.stderr).toBe(0);
    const u = await verify(`${unsigned}.tar.gz`);
    expect(u.code, u.stderr).toBe(0);
    expect(u.stdout).toContain('unsigned');
    const json = await verify(signed, '--format', 'json');
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, problems: [], signer: { pinned: false } });
  });

  it('fails naming the file when one byte changes, exit 1', async () => {
    const b = copy(signed);
    const name = readdirSync(join(b, 'excerpts'))[3]!;
    const file = join(b, 'excerpts', name);
    const data = readFileSync(file);
    data[20] = data[20]! ^ 1;
    writeFileSync(file, data);
    for (const r of [await verify(b), await verify(b, '--public-key', signer.pub)]) {
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`annexa: ${b}: excerpts/${name}: changed (SHA-256 differs)`);
      expect(r.stdout).toContain('NOT VERIFIED');
    }
  });

  it('prints names and dates from a tampered bundle on one line each (control characters escaped)', async () => {
    const b = copy(unsigned);
    writeFileSync(join(b, 'excerpts', 'x\n::error::forged.json'), '{}');
    const r = await verify(b);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('excerpts/x\\n::error::forged.json: added (not in the manifest)');
    for (const line of r.stderr.trim().split('\n')) expect(line).toMatch(/^annexa: /);
    const d = copy(unsigned);
    const manifest = JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')) as { createdAt: string };
    writeFileSync(join(d, 'manifest.json'), JSON.stringify({ ...manifest, createdAt: `${manifest.createdAt}\n::error::when` }));
    const v = await verify(d);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout.trim().split('\n')).toHaveLength(1);
    expect(v.stdout).toContain('\\n::error::when');
  });

  it('fails when a file is added or removed', async () => {
    const added = copy(signed);
    writeFileSync(join(added, 'excerpts', 'extra.json'), '{}');
    const a = await verify(added);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('excerpts/extra.json: added (not in the manifest)');

    const removed = copy(signed);
    unlinkSync(join(removed, 'run.json'));
    const r = await verify(removed);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('run.json: removed');
  });

  it('catches a manifest rewritten to match an edited file, because the signature breaks', async () => {
    const b = copy(signed);
    appendFileSync(join(b, 'items.jsonl'), '{"forged":true}\n');
    const manifestFile = join(b, 'manifest.json');
    const manifest = readJson(manifestFile) as { files: { path: string; sha256: string; bytes: number }[] };
    const { createHash } = await import('node:crypto');
    const data = readFileSync(join(b, 'items.jsonl'));
    const entry = manifest.files.find((f) => f.path === 'items.jsonl')!;
    entry.sha256 = createHash('sha256').update(data).digest('hex');
    entry.bytes = data.length;
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    const r = await verify(b);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('manifest.sig: the signature does not match manifest.json');
  });

  it('rejects a manifest that points outside the bundle', async () => {
    const b = copy(signed);
    const manifestFile = join(b, 'manifest.json');
    const manifest = readJson(manifestFile) as { files: { path: string }[] };
    manifest.files[0]!.path = '../../outside.json';
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const r = await verify(b);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('manifest.json: not a valid annexa.evidence/v1 manifest');
  });

  it('fails with the wrong public key, and for an unsigned bundle checked with --public-key', async () => {
    const wrong = await verify(signed, '--public-key', stranger.pub);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/manifest\.sig: signed by key SHA256:\S+, not by the --public-key \(SHA256:\S+\)/);

    const bare = await verify(unsigned, '--public-key', signer.pub);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('manifest.sig: missing: the bundle is unsigned');

    // Swapping in a signature made by another key (with that key embedded) is caught when the key is pinned.
    const swapped = copy(signed);
    const other = join(work, 'other-signed');
    const o = await scan(work, '--evidence', 'other-signed', '--sign-key', stranger.priv, '--out', 'out3');
    expect(o.code, o.stderr).toBe(0);
    cpSync(join(other, 'manifest.sig'), join(swapped, 'manifest.sig'));
    expect((await verify(swapped, '--public-key', signer.pub)).code).toBe(1);
  });

  it('checks tarballs: a flipped byte, an added entry', async () => {
    const tgz = join(work, 'flipped.tar.gz');
    const data = readFileSync(`${signed}.tar.gz`);
    data[Math.floor(data.length / 2)] = data[Math.floor(data.length / 2)]! ^ 0xff;
    writeFileSync(tgz, data);
    const r = await verify(tgz);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('flipped.tar.gz');

    const dir = join(work, 'repack');
    mkdirSync(dir);
    cpSync(signed, join(dir, 'signed'), { recursive: true });
    writeFileSync(join(dir, 'signed', 'note.txt'), 'hello');
    create({ file: join(work, 'extra.tar.gz'), cwd: dir, gzip: true, sync: true }, ['signed']);
    const e = await verify(join(work, 'extra.tar.gz'), '--public-key', signer.pub);
    expect(e.code).toBe(1);
    expect(e.stderr).toContain('note.txt: added');
  });

  it('catches a listed file replaced by a symbolic link to identical content', async () => {
    const b = copy(signed);
    const real = join(b, '..', 'run.json');
    cpSync(join(b, 'run.json'), real);
    unlinkSync(join(b, 'run.json'));
    symlinkSync(real, join(b, 'run.json'));
    const r = await verify(b, '--public-key', signer.pub);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`annexa: ${b}: run.json: replaced by a symbolic link`);
  });

  it('catches an added directory, even an empty one, in a directory bundle and in a tarball', async () => {
    const b = copy(signed);
    mkdirSync(join(b, 'excerpts', 'more'));
    mkdirSync(join(b, 'empty'));
    const r = await verify(b);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('empty/: added (a directory not in the manifest)');
    expect(r.stderr).toContain('excerpts/more/: added (a directory not in the manifest)');

    const dir = join(work, 'repack-dir');
    mkdirSync(dir);
    cpSync(signed, join(dir, 'signed'), { recursive: true });
    mkdirSync(join(dir, 'signed', 'extra'));
    create({ file: join(work, 'extra-dir.tar.gz'), cwd: dir, gzip: true, sync: true }, ['signed']);
    const t = await verify(join(work, 'extra-dir.tar.gz'));
    expect(t.code).toBe(1);
    expect(t.stderr).toContain('extra/: added (a directory not in the manifest)');
  });

  it('refuses tarball entries that escape the bundle or are links, without writing outside', async () => {
    const dir = join(work, 'hostile');
    mkdirSync(dir);
    cpSync(signed, join(dir, 'signed'), { recursive: true });
    symlinkSync('/etc/passwd', join(dir, 'signed', 'excerpts', 'passwd.jsonl'));
    create({ file: join(work, 'symlink.tar.gz'), cwd: dir, gzip: true, sync: true, portable: true }, ['signed']);
    const s = await verify(join(work, 'symlink.tar.gz'));
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('signed/excerpts/passwd.jsonl: unexpected SymbolicLink entry in the tarball');

    // An entry named ../escaped.txt: tar refuses it, and nothing lands beside the tarball.
    const evil = join(work, 'traversal.tar.gz');
    create({ file: evil, cwd: dir, gzip: true, sync: true, portable: true, preservePaths: true }, ['signed', '../hostile/signed/run.json']);
    const t = await verify(evil);
    expect(t.code).toBe(1);
    expect(t.stderr).toMatch(/traversal\.tar\.gz: cannot be read as a \.tar\.gz \(.*'\.\.'/);
    expect(existsSync(join(tmpdir(), 'hostile'))).toBe(false);
  });

  it('treats what is not a bundle, and bad keys, as bad input (exit 2) naming the flag or file', async () => {
    const missing = await verify(join(work, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere: not found');
    const notBundle = await verify(join(work, 'annexa-out'));
    expect(notBundle.code).toBe(2);
    expect(notBundle.stderr).toContain('not an evidence bundle');

    const badPub = await verify(signed, '--public-key', join(work, 'annexa-out', 'annexa-result.json'));
    expect(badPub.code).toBe(2);
    expect(badPub.stderr).toMatch(/annexa-result\.json: not a PEM public key \(--public-key/);

    const noKey = await scan(work, '--evidence', 'x1', '--sign-key', 'absent.pem', '--out', 'out4');
    expect(noKey.code).toBe(2);
    expect(noKey.stderr.trim()).toBe('annexa: absent.pem: key file not found (--sign-key)');
    const rsa = keyPair('rsa', 'rsa');
    const wrongType = await scan(work, '--evidence', 'x2', '--sign-key', rsa.priv, '--out', 'out4');
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toContain('expected an Ed25519 private key (--sign-key), got rsa');
    const noEnv = await cli(['scan', '--snapshot', DEMO, '--evidence', 'x3', '--sign-key', 'env:ANNEXA_SIGN_KEY'], { cwd: work, env: {} });
    expect(noEnv.code).toBe(2);
    expect(noEnv.stderr).toContain('--sign-key: environment variable ANNEXA_SIGN_KEY is not set');
    const occupied = await scan(work, '--evidence', 'annexa-out');
    expect(occupied.code).toBe(2);
    expect(occupied.stderr).toContain('--evidence: ');
    expect((await scan(work, '--sign-key', signer.priv)).stderr).toContain('--sign-key: needs --evidence DIR');
  });

  it('refuses a tarball target that cannot be replaced (a FIFO, a directory) before scanning, naming it, leaving no bundle or result', async () => {
    spawnSync('mkfifo', [join(work, 'piped.tar.gz')]);
    mkdirSync(join(work, 'boxed.tar.gz', 'inside'), { recursive: true });
    for (const [args, why] of [
      [['--evidence', 'piped.tar.gz'], 'annexa: piped.tar.gz: is a device, FIFO or socket'],
      [['--evidence', 'boxed', '--evidence-tar'], 'annexa: boxed.tar.gz: is a directory'],
    ] as const) {
      const r = await scan(work, ...args, '--out', 'out5');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(why);
      expect(existsSync(join(work, 'piped'))).toBe(false);
      expect(existsSync(join(work, 'boxed'))).toBe(false);
      expect(existsSync(join(work, 'out5'))).toBe(false);
    }
  });

  it('reads the signing key from an environment variable, and replaces an earlier bundle in place', async () => {
    const pem = readFileSync(signer.priv, 'utf8').replace(/\n/g, '\\n');
    const r = await cli(
      ['scan', '--snapshot', DEMO, '--fail-on', 'none', '--allow-incomplete', '-q', '--evidence', 'signed', '--sign-key', 'env:KEY'],
      {
        cwd: work,
        env: { KEY: pem },
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect((await verify(signed, '--public-key', signer.pub)).code).toBe(0);
  });
});

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { fromRoot } from '../../src/paths.js';
import { ensureDir, withLock, writeFileAtomic } from '../../src/safe-fs.js';
import { tempDir } from '../support/cli.js';

describe('safe writes', () => {
  it('refuses kernel pseudo filesystems at once instead of spinning in mkdir', () => {
    const started = Date.now();
    expect(() => ensureDir('/proc/annexa/out', '--out')).toThrowError(/--out: is on a kernel pseudo filesystem/);
    expect(() => writeFileAtomic('/proc/self/annexa/x.json', 'x', '--summary-md')).toThrowError(InputError);
    expect(() => writeFileAtomic('/sys/annexa.json', 'x', 'f')).toThrowError(/pseudo filesystem/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('makes missing levels one by one, and names a file standing where a directory belongs', () => {
    const dir = tempDir();
    ensureDir(join(dir, 'a', 'b', 'c'));
    expect(existsSync(join(dir, 'a', 'b', 'c'))).toBe(true);
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => ensureDir(join(dir, 'file', 'sub'), 'out/file/sub')).toThrowError(/out\/file\/sub: .*file is not a directory/);
    mkdirSync(join(dir, 'isdir'));
    expect(() => writeFileAtomic(join(dir, 'isdir'), 'x', 'isdir')).toThrowError(/isdir: is a directory; name a file/);
  });

  it('replaces a file whole and leaves no temporary files behind', () => {
    const dir = tempDir();
    const file = join(dir, 'result.json');
    writeFileAtomic(file, 'old');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it('leaves the previous file, never a truncated one, when the writer is killed mid-write', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.json');
    writeFileSync(file, 'previous');
    const script = `import { writeFileAtomic } from ${JSON.stringify(fromRoot('src', 'safe-fs.ts'))};
      process.stdout.write('go\\n'); writeFileAtomic(${JSON.stringify(file)}, 'x'.repeat(400 * 1024 * 1024));`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((res) => child.stdout.once('data', () => res()));
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const now = readFileSync(file, 'utf8');
    expect(now === 'previous' || now.length === 400 * 1024 * 1024).toBe(true);
  }, 60_000);

  it('lets one writer hold a target at a time, and takes over a lock whose process is gone', () => {
    const dir = tempDir();
    const target = join(dir, 'bundle');
    expect(() => withLock(target, 'bundle', () => withLock(target, 'bundle', () => 1))).toThrowError(
      /another annexa process is writing it/,
    );
    writeFileSync(`${target}.lock`, '999999999');
    expect(withLock(target, 'bundle', () => 'ok')).toBe('ok');
    expect(existsSync(`${target}.lock`)).toBe(false);
  });
});

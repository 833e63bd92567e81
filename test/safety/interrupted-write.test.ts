import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';

const tsx = fromRoot('node_modules', '.bin', 'tsx');

/** Run a script in a child process (signals and exit handlers are per process). */
function child(code: string, cwd: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stderr: string } {
  const file = join(cwd, 'child.ts');
  writeFileSync(file, code);
  const r = spawnSync(tsx, [file], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { status: r.status, stderr: r.stderr };
}

describe('an interrupted run', () => {
  it('leaves the previous output whole and no temporary file when Ctrl-C arrives mid-write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annexa-interrupt-'));
    writeFileSync(join(dir, 'out.json'), 'previous\n');
    const r = child(
      `import { writeFileAtomicStream } from ${JSON.stringify(fromRoot('src', 'safe-fs.ts'))};
       writeFileAtomicStream(${JSON.stringify(join(dir, 'out.json'))}, (write) => {
         for (let i = 0; i < 3000; i++) write('x'.repeat(1000));
         // The signal arrives while the temporary file is half written.
         process.emit('SIGINT');
       });`,
      dir,
    );
    expect(r.status, r.stderr).toBe(130);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('previous\n');
    expect(readdirSync(dir).sort()).toEqual(['child.ts', 'out.json']);
    rmSync(dir, { recursive: true });
  });

  it('removes the item spool when the process ends by a signal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annexa-interrupt-'));
    const tmp = mkdtempSync(join(tmpdir(), 'annexa-tmp-'));
    const r = child(
      `import { readdirSync, writeFileSync } from 'node:fs';
       import { ItemSpool } from ${JSON.stringify(fromRoot('src', 'engine', 'spool.ts'))};
       import { evidenceItem } from ${JSON.stringify(fromRoot('test', 'support', 'evidence.ts'))};
       const spool = new ItemSpool(1);
       for (let i = 0; i < 10; i++) spool.add(evidenceItem({}));
       const items = spool.done();
       // The spool went to disk (TMPDIR is this test's own directory).
       writeFileSync('spooled.txt', readdirSync(${JSON.stringify(tmp)}).join(','));
       writeFileSync('count.txt', String(items.count));
       process.emit('SIGTERM');`,
      dir,
      { TMPDIR: tmp },
    );
    expect(r.status, r.stderr).toBe(143);
    expect(readFileSync(join(dir, 'count.txt'), 'utf8')).toBe('10');
    expect(readFileSync(join(dir, 'spooled.txt'), 'utf8')).toMatch(/annexa-items-/);
    expect(readdirSync(tmp).filter((f) => f.startsWith('annexa-'))).toEqual([]);
    rmSync(dir, { recursive: true });
    rmSync(tmp, { recursive: true });
  });

  it('waits for what must stop first (evaluation workers) before removing scratch directories, and says so once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annexa-interrupt-'));
    const tmp = mkdtempSync(join(tmpdir(), 'annexa-tmp-'));
    const r = child(
      `import { writeFileSync } from 'node:fs';
       import { join } from 'node:path';
       import { handleSignals, onSignal, scratchDir, stopping } from ${JSON.stringify(fromRoot('src', 'cleanup.ts'))};
       handleSignals();
       const scratch = scratchDir('items');
       // Like a worker that writes one more file while it is being stopped: removed only if removal waits.
       onSignal(() => new Promise((done) => setTimeout(() => {
         writeFileSync(join(scratch, 'late.jsonl'), '');
         writeFileSync('stopped.txt', String(stopping()));
         done(undefined);
       }, 200)));
       process.emit('SIGTERM');
       setTimeout(() => {}, 10_000);`,
      dir,
      { TMPDIR: tmp },
    );
    expect(r.status, r.stderr).toBe(143);
    expect(r.stderr).toBe('annexa: interrupted by SIGTERM; stopped and removed temporary files\n');
    // The stop ran to its end, knowing the process is stopping, and its late file went with the directory.
    expect(readFileSync(join(dir, 'stopped.txt'), 'utf8')).toBe('true');
    expect(readdirSync(tmp).filter((f) => f.startsWith('annexa-'))).toEqual([]);
    rmSync(dir, { recursive: true });
    rmSync(tmp, { recursive: true });
  });

  it('says nothing on stderr once the run that asked is over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annexa-interrupt-'));
    const r = child(
      `import { join } from 'node:path';
       import { handleSignals, removeOnExit } from ${JSON.stringify(fromRoot('src', 'cleanup.ts'))};
       handleSignals()();
       // A temporary path keeps the handler installed (without one the signal is given back: see signal-handlers.test.ts).
       removeOnExit(join(process.cwd(), 'pending'));
       process.emit('SIGINT');`,
      dir,
    );
    expect(r.status, r.stderr).toBe(130);
    expect(r.stderr).toBe('');
    rmSync(dir, { recursive: true });
  });
});

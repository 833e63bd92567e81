/**
 * A history database that cannot be used (not SQLite, truncated, locked by another writer, read-only,
 * a directory) is the user's to fix: exit 2 with one line naming the file as given, never exit 4.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { historyFailure } from '../../src/history/errors.js';
import { openHistory } from '../../src/history/store.js';
import { cli, tempDir } from '../support/cli.js';
import { demoSnapshot, resultOf } from './fixtures.js';

const work = tempDir('annexa-history-broken-');
const result = resultOf([demoSnapshot()], '2026-11-20T10:00:00.000Z');
const ROOT = process.getuid?.() === 0;

/** A valid history with `scans` recorded, as one file (no WAL beside it). */
function validHistory(name: string, scans = 2): string {
  const file = join(work, name);
  const h = openHistory(file);
  for (let i = 0; i < scans; i++) h.record(result);
  h.close();
  return file;
}

let good: string;
beforeAll(() => {
  good = validHistory('good.db', 3);
});

/** Each case prepares `db` (a name relative to its own directory) and returns nothing. */
const broken: { name: string; make: (dir: string) => void; why: RegExp; skip?: boolean }[] = [
  {
    name: 'a file that is not SQLite',
    make: (d) => writeFileSync(join(d, 'h.db'), 'just some text\n'.repeat(200)),
    why: /not an annexa history database/,
  },
  {
    name: 'a truncated database',
    make: (d) => writeFileSync(join(d, 'h.db'), readFileSync(good).subarray(0, 3 * 4096)),
    why: /corrupt|truncated|malformed/,
  },
  { name: 'a directory where the file is', make: (d) => mkdirSync(join(d, 'h.db')), why: /is a directory/ },
  {
    name: 'a read-only file',
    make: (d) => {
      copyFileSync(good, join(d, 'h.db'));
      chmodSync(join(d, 'h.db'), 0o444);
    },
    why: /read-only/,
    skip: ROOT,
  },
];

describe('a broken history database is bad input, not an internal error', () => {
  let n = 0;
  const fresh = (make: (d: string) => void): string => {
    const d = join(work, `case${++n}`);
    mkdirSync(d);
    make(d);
    return d;
  };
  const scanArgs = ['scan', '--snapshot', join(work, 'snap.json'), '--fail-on', 'none', '--allow-incomplete', '-q', '--history', 'h.db'];
  beforeAll(() => writeFileSync(join(work, 'snap.json'), JSON.stringify(demoSnapshot())));

  for (const c of broken) {
    for (const [command, args] of [
      ['scan --history', scanArgs],
      ['history list', ['history', 'list', '--file', 'h.db']],
      ['history diff', ['history', 'diff', 'previous', 'latest', '--file', 'h.db']],
      ['history trend', ['history', 'trend', '--control', 'A.8.24', '--file', 'h.db']],
    ] as const) {
      it.skipIf(c.skip)(`${command}: ${c.name} → exit 2, one line naming the file as given`, async () => {
        const r = await cli([...args], { cwd: fresh(c.make) });
        expect(r.code, r.stderr).toBe(2);
        const lines = r.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^annexa: h\.db: /);
        expect(lines[0]).toMatch(c.why);
      });
    }
  }

  it('a writer locked out beyond the busy timeout gets one line naming the file, not a stack', () => {
    const file = validHistory('locked.db', 1);
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const h = openHistory(file, { busyTimeoutMs: 50, shownAs: 'locked.db' });
      expect(() => h.record(result)).toThrow(InputError);
      expect(() => h.record(result)).toThrow(/^locked\.db: .*locked by another .*busy timeout/);
      h.close();
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('a reader locked out beyond the busy timeout gets one line too', () => {
    const file = validHistory('locked-read.db', 1);
    const other = new Database(file);
    other.pragma('journal_mode = DELETE');
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => openHistory(file, { readonly: true, busyTimeoutMs: 50, shownAs: 'r.db' }).scans()).toThrow(/^r\.db: .*locked/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it.each([
    ['SQLITE_READONLY', /read-only/],
    ['SQLITE_READONLY_DIRECTORY', /read-only/],
    ['SQLITE_CANTOPEN', /cannot open/],
    ['SQLITE_FULL', /disk is full/],
    ['SQLITE_IOERR_WRITE', /I\/O error/],
    ['SQLITE_CORRUPT', /corrupt/],
    ['SQLITE_NOTADB', /not an annexa history database/],
    ['SQLITE_BUSY', /locked by another/],
  ])('SQLite %s becomes an input error naming the file', (code, why) => {
    const err = Object.assign(new Database.SqliteError('sqlite says no', code), {});
    const e = historyFailure(err, 'x.db', 30_000);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/^x\.db: /);
    expect(e.message).toMatch(why);
  });

  it('other errors pass through untouched (they are bugs, not input)', () => {
    const bug = new TypeError('undefined is not a function');
    expect(historyFailure(bug, 'x.db', 1)).toBe(bug);
  });
});

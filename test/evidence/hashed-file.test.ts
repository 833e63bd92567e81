import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile, writeLinesHashed } from '../../src/evidence/hashed-file.js';
import { tempDir } from '../support/cli.js';

describe('writeLinesHashed', () => {
  it('writes every line, whatever its size or characters, and hashes exactly the bytes written', () => {
    const lines = [
      'plain',
      '',
      'é ü — 日本語 😀',
      // A lone surrogate becomes U+FFFD, as Buffer.from encodes it.
      'lone \ud800 surrogate',
      // Lines around and past the 1 MiB batch, one byte wide and three bytes wide.
      'x'.repeat(349_000),
      '語'.repeat(349_600),
      'y'.repeat((1 << 20) + 5),
      ...Array.from({ length: 5000 }, (_, i) => `{"n":${i},"s":"${'€'.repeat(i % 97)}"}`),
    ];
    const path = join(tempDir(), 'items.jsonl');
    const digest = writeLinesHashed(path, lines);
    const expected = Buffer.from(`${lines.join('\n')}\n`);
    const written = readFileSync(path);
    expect(written.equals(expected)).toBe(true);
    expect(digest).toEqual({ sha256: createHash('sha256').update(expected).digest('hex'), bytes: expected.length });
    expect(hashFile(path)).toEqual(digest);
  });
});

/** Validation errors are sentences naming the file and the field, not zod's default wording. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readInputFile } from '../../src/input-file.js';
import { loadSnapshots } from '../../src/inventory/snapshot-file.js';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';

const Schema = z
  .object({
    name: z.string(),
    count: z.number().int().min(1).max(10),
    level: z.enum(['low', 'high']),
    tags: z.array(z.string()).min(1),
    label: z.string().min(1),
    code: z.string().min(3).optional(),
    nested: z.object({ on: z.boolean() }).strict().optional(),
    custom: z.string().regex(/^x/, 'must start with x').optional(),
  })
  .strict();

const GOOD = { name: 'n', count: 2, level: 'low', tags: ['a'], label: 'l' };

describe('readInputFile messages', () => {
  const dir = tempDir('annexa-input-');
  it.each([
    ['a missing field', { ...GOOD, name: undefined }, 'f.json: name: is missing'],
    ['a wrong type', { ...GOOD, count: 'two' }, 'f.json: count: must be a number, not a string'],
    ['a number too small', { ...GOOD, count: 0 }, 'f.json: count: must be at least 1'],
    ['a number too big', { ...GOOD, count: 11 }, 'f.json: count: must be at most 10'],
    ['a value not in the list', { ...GOOD, level: 'mid' }, 'f.json: level: must be one of low, high'],
    ['an empty list', { ...GOOD, tags: [] }, 'f.json: tags: must list at least one entry'],
    ['an empty string', { ...GOOD, label: '' }, 'f.json: label: must not be empty'],
    ['a short string', { ...GOOD, code: 'ab' }, 'f.json: code: must be at least 3 characters long'],
    ['an unknown top-level field', { ...GOOD, nmae: 'x' }, 'f.json: nmae: is not a field here; check the spelling'],
    ['an unknown nested field', { ...GOOD, nested: { on: true, of: 1 } }, 'f.json: nested.of: is not a field here; check the spelling'],
    ['a message the schema sets itself', { ...GOOD, custom: 'y' }, 'f.json: custom: must start with x'],
  ])('%s', (_n, doc, message) => {
    const file = join(dir, 'f.json');
    writeFileSync(file, JSON.stringify(doc));
    expect(() => readInputFile(file, 'f.json', 'json', Schema)).toThrow(message);
    try {
      readInputFile(file, 'f.json', 'json', Schema);
    } catch (err) {
      expect((err as Error).message).toBe(message);
    }
  });
});

describe('a byte order mark', () => {
  const dir = tempDir('annexa-bom-');
  it.each([
    ['json', JSON.stringify(GOOD)],
    ['yaml', 'name: n\ncount: 2\nlevel: low\ntags: [a]\nlabel: l\n'],
  ] as const)('before %s text is no part of it (Windows editors write one)', (syntax, text) => {
    const file = join(dir, `bom.${syntax}`);
    writeFileSync(file, `\uFEFF${text}`);
    expect(readInputFile(file, `bom.${syntax}`, syntax, Schema)).toEqual(GOOD);
  });

  it('before a snapshot file is no part of it', () => {
    const file = join(dir, 'snapshot.json');
    writeFileSync(file, `\uFEFF${readFileSync(fromRoot('demo', 'demo-snapshot.json'), 'utf8')}`);
    expect(loadSnapshots(file).length).toBeGreaterThan(0);
  });
});

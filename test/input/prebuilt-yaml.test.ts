/** The build-time YAML table answers exactly what the parser would, and only for the exact text. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { readInputFile } from '../../src/input-file.js';
import { prebuiltYaml, readYamlTable } from '../../src/prebuilt-yaml.js';
import { writePrebuiltYaml, yamlFiles, yamlTable } from '../../src/prebuilt-yaml-build.js';
import { tempDir } from '../support/cli.js';

const SHIPPED = ['src', 'mappings', 'demo'].flatMap(yamlFiles);

describe('prebuilt YAML', () => {
  it('holds every shipped YAML file, each as yaml.parse reads it', () => {
    const table = new Map(Object.entries(yamlTable(SHIPPED)));
    expect(SHIPPED.length).toBeGreaterThan(50);
    for (const file of SHIPPED) {
      const text = readFileSync(file, 'utf8');
      expect(prebuiltYaml(text, table), file).toEqual(parse(text));
    }
  });

  it('answers nothing for a changed text, a document that warns or fails, or a value JSON cannot carry', () => {
    const dir = tempDir('annexa-yaml-');
    const files = {
      good: 'a: 1\nb: [x, y]\n',
      warns: '%FOO bar\n---\na: 1\n',
      fails: 'a: 1\na: 2\n',
      notJson: 'a: .inf\n',
      empty: '',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.yaml`), text);
    const out = join(dir, 'table.json');
    expect(writePrebuiltYaml([dir], out)).toBe(1);
    const table = readYamlTable(out);
    expect(prebuiltYaml(files.good, table)).toEqual({ a: 1, b: ['x', 'y'] });
    expect(prebuiltYaml('a: 2\nb: [x, y]\n', table)).toBeUndefined();
    for (const text of [files.warns, files.fails, files.notJson, files.empty]) expect(prebuiltYaml(text, table)).toBeUndefined();
  });

  it('is only a speed-up: a missing or malformed table is empty, and the file is parsed as before', () => {
    const dir = tempDir('annexa-yaml-');
    expect(readYamlTable(join(dir, 'missing.json')).size).toBe(0);
    for (const body of ['{', '[1]', 'null']) {
      writeFileSync(join(dir, 'bad.json'), body);
      expect(readYamlTable(join(dir, 'bad.json')).size).toBe(0);
    }
    writeFileSync(join(dir, 'c.yaml'), 'fresh: true\n');
    expect(readInputFile(join(dir, 'c.yaml'), 'c.yaml', 'yaml', z.unknown())).toEqual({ fresh: true });
  });
});

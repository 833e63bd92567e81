/**
 * Build step (run by scripts/copy-assets.mjs after tsc): parse the YAML shipped in the package
 * once into the table `prebuilt-yaml.ts` reads, keyed by the SHA-256 of each text. A document is
 * left out, and so parsed at run time as before, when parsing it warns or fails or its value does
 * not survive JSON, so a table answer is always exactly what `yaml.parse` would give.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { yamlKey } from './prebuilt-yaml.js';

/** Every `.yaml` file under `dir`, recursively. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return yamlFiles(p);
    return d.name.endsWith('.yaml') ? [p] : [];
  });
}

/** The table for these files: text key → parsed value. */
export function yamlTable(files: readonly string[]): Record<string, unknown> {
  const table: Record<string, unknown> = {};
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const doc = parseDocument(text);
    if (doc.errors.length > 0 || doc.warnings.length > 0) continue;
    const value: unknown = doc.toJS();
    if (value === null || value === undefined || !isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) continue;
    table[yamlKey(text)] = value;
  }
  return table;
}

/** Write the table of every `.yaml` under `dirs` to `out`; returns how many documents it holds. */
export function writePrebuiltYaml(dirs: readonly string[], out: string): number {
  const table = yamlTable(dirs.flatMap(yamlFiles));
  writeFileSync(out, JSON.stringify(table));
  return Object.keys(table).length;
}

/**
 * The YAML shipped with annexa (mappings, each service's links.yaml, the demo config), parsed once
 * at build time (`prebuilt-yaml-build.ts`) and keyed by the SHA-256 of its text. Parsing those
 * 300 KB costs about half a second on every run; JSON.parse of the same values a few milliseconds.
 * A text not in the table (an edited file, a user's file, a run from src/ without a build) is
 * parsed as before; the key is the content, so a stale table never answers for a changed file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fromRoot } from './paths.js';

export const PREBUILT_YAML = fromRoot('dist', 'prebuilt-yaml.json');

export function yamlKey(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The table at `path`; empty when it is missing or malformed, since it only saves time. */
export function readYamlTable(path: string): Map<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return new Map();
    return new Map(Object.entries(parsed));
  } catch {
    return new Map();
  }
}

let shipped: Map<string, unknown> | undefined;

/** The value `yaml.parse(text)` gives, when the table holds this exact text; otherwise undefined. */
export function prebuiltYaml(text: string, table: Map<string, unknown> = (shipped ??= readYamlTable(PREBUILT_YAML))): unknown {
  return table.size === 0 ? undefined : table.get(yamlKey(text));
}

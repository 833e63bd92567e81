import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { InputError } from './errors.js';
import { describeIssue } from './input-issue.js';

/**
 * Read a YAML or JSON file the user handed us and validate it. Every problem,
 * from a missing file to one bad field, becomes an InputError naming the file (as given) and the field.
 */
export function readInputFile<S extends z.ZodType>(path: string, shownAs: string, syntax: 'yaml' | 'json', schema: S): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(shownAs, code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(err)})`);
  }
  let raw: unknown;
  try {
    // An empty YAML document means "nothing set", as for an empty config file.
    raw = syntax === 'yaml' ? (parseYaml(text) ?? {}) : JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    throw new InputError(shownAs, `not valid ${syntax === 'yaml' ? 'YAML' : 'JSON'}: ${msg}`);
  }
  const res = schema.safeParse(raw);
  if (!res.success) {
    const { path, message } = describeIssue(res.error.issues[0]!);
    throw new InputError(shownAs, `${path}: ${message}`);
  }
  return res.data;
}

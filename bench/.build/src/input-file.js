import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { InputError } from './errors.js';

/** The path of a zod issue as users write it: `waivers.2.expires`, or `(root)`. */
function issuePath(path) {
  return path.map(String).join('.') || '(root)';
}
/**
 * Read a YAML or JSON file the user handed us and validate it. Every problem,
 * from a missing file to one bad field, becomes an InputError naming the file (as given) and the field.
 */
export function readInputFile(path, shownAs, syntax, schema) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = err.code;
    throw new InputError(shownAs, code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(err)})`);
  }
  let raw;
  try {
    // An empty YAML document means "nothing set", as for an empty config file.
    raw = syntax === 'yaml' ? (parseYaml(text) ?? {}) : JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new InputError(shownAs, `not valid ${syntax === 'yaml' ? 'YAML' : 'JSON'}: ${msg}`);
  }
  const res = schema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new InputError(shownAs, `${issuePath(issue.path)}: ${issue.message}`);
  }
  return res.data;
}

import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../errors.js';

/** Parse a YAML file against a zod schema; every problem is an InputError naming the file and field. */
export function readYamlFile<S extends z.ZodType>(path: string, label: string, schema: S): z.infer<S> {
  if (!existsSync(path)) throw new InputError(label, 'file not found');
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (err) {
    throw new InputError(label, err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
  const res = schema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    throw new InputError(label, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return res.data;
}

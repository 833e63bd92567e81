import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { InputError } from '../errors.js';
import { fromRoot } from '../paths.js';
import { RESULT_SCHEMA, type ResultDocument } from './result.js';

let validate: ((doc: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } | undefined;

function validator(): NonNullable<typeof validate> {
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(fromRoot('schema', 'annexa-result.v2.schema.json'), 'utf8')) as object);
  }
  return validate;
}

/** Reads an annexa result file, checked against the published schema; errors name the file and field. */
export function loadResult(file: string): ResultDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'result file not found' : `not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  const schema = (raw as { schema?: unknown } | null)?.schema;
  if (schema !== RESULT_SCHEMA) {
    throw new InputError(file, `schema: expected "${RESULT_SCHEMA}", found ${JSON.stringify(schema ?? null)} (is this an annexa result from this version?)`);
  }
  const v = validator();
  if (!v(raw)) {
    const e = v.errors?.[0];
    const field = e?.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)';
    throw new InputError(file, `${field}: ${e?.message ?? 'does not match the result schema'}`);
  }
  return raw as ResultDocument;
}

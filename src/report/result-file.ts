import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { InputError } from '../errors.js';
import { RESULT_SCHEMA, type ResultDocument } from '../output/result.js';
import { fromRoot } from '../paths.js';

let validate: ReturnType<Ajv2020['compile']> | undefined;

function validator(): ReturnType<Ajv2020['compile']> {
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: false, strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(fromRoot('schema', 'annexa-result.v2.schema.json'), 'utf8')) as object);
  }
  return validate;
}

/** `/items/3/status` → `items.3.status`, the field syntax our other errors use. */
function field(e: ErrorObject): string {
  const path = e.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const extra = e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : e.keyword === 'required' ? (e.params as { missingProperty: string }).missingProperty : '';
  return [path, extra].filter(Boolean).join('.') || '(root)';
}

/** Read a scan result written by `annexa scan`, checked against the published schema. */
export function loadResultFile(file: string, label: string = file): ResultDocument {
  if (!existsSync(file)) throw new InputError(label, 'file not found; run `annexa scan` first or pass --result FILE');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(label, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const schema = (raw as { schema?: unknown } | null)?.schema;
  if (schema !== RESULT_SCHEMA) {
    throw new InputError(label, `schema: expected "${RESULT_SCHEMA}", found ${JSON.stringify(schema ?? null)}; is this an annexa result file?`);
  }
  const v = validator();
  if (!v(raw)) {
    const e = v.errors![0]!;
    throw new InputError(label, `${field(e)}: ${e.message ?? 'invalid'}`);
  }
  return raw as ResultDocument;
}

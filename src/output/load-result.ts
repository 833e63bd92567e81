import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { InputError } from '../errors.js';
import { itemsOf } from '../model/items.js';
import type { ResultFile } from '../model/result.js';
import { fromRoot } from '../paths.js';
import { RESULT_SCHEMA, type ResultDocument } from './result.js';

const validators = new Map<boolean, ValidateFunction>();

/** The published result schema, compiled once; `allErrors` lists every problem instead of stopping at the first. */
export function resultSchemaValidator(allErrors = false): ValidateFunction {
  let v = validators.get(allErrors);
  if (!v) {
    const ajv = new Ajv2020({ allErrors, strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    v = ajv.compile(JSON.parse(readFileSync(fromRoot('schema', 'annexa-result.v2.schema.json'), 'utf8')) as object);
    validators.set(allErrors, v);
  }
  return v;
}

/** `/items/3/status` → `items.3.status`, the field syntax our other errors use. */
function field(e: ErrorObject): string {
  const path = e.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const extra =
    e.keyword === 'additionalProperties'
      ? (e.params as { additionalProperty: string }).additionalProperty
      : e.keyword === 'required'
        ? (e.params as { missingProperty: string }).missingProperty
        : '';
  return [path, extra].filter(Boolean).join('.') || '(root)';
}

export interface LoadResultOptions {
  /** How the file is named in errors; defaults to the path. */
  shownAs?: string;
  /** The message for a missing file, so each command can say how to get one. */
  notFound?: string;
}

/** Reads an annexa result file, checked against the published schema; errors name the file and field. */
export function loadResult(file: string, opts: LoadResultOptions = {}): ResultDocument {
  const label = opts.shownAs ?? file;
  if (!existsSync(file)) throw new InputError(label, opts.notFound ?? 'result file not found');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(label, `not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  const schema = (raw as { schema?: unknown } | null)?.schema;
  if (schema !== RESULT_SCHEMA) {
    throw new InputError(
      label,
      `schema: expected "${RESULT_SCHEMA}", found ${JSON.stringify(schema ?? null)}; is this an annexa result file?`,
    );
  }
  const v = resultSchemaValidator();
  if (!v(raw)) {
    const e = v.errors?.[0];
    throw new InputError(label, e ? `${field(e)}: ${e.message ?? 'invalid'}` : 'does not match the result schema');
  }
  const doc = raw as ResultFile;
  return { ...doc, items: itemsOf(doc.items) };
}

import { readFileSync, statSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { InputError } from '../errors.js';
import { regularFile, withoutBom } from '../input-file.js';
import { readLines } from '../lines.js';
import type { EvidenceItem } from '../model/evidence.js';
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
  /** Files larger than this are read item by item (default `WHOLE_RESULT_LIMIT`). */
  wholeLimit?: number;
  /** Files larger than this are read item by item when in the layout annexa writes, else whole (default `STREAM_FROM`). */
  streamFrom?: number;
}

/** Results up to this size are read as one document; larger ones item by item. */
export const WHOLE_RESULT_LIMIT = 256 * 1024 * 1024;
/**
 * Results from this size on are read item by item when annexa wrote them: parsed whole, a
 * 250 MB result holds ~700 MB of heap, and `annexa merge` of two such shards peaked at 1.45 GB.
 */
export const STREAM_FROM = 16 * 1024 * 1024;

let itemValidator: ValidateFunction | undefined;
/** The schema's `evidenceItem` alone, for results read one item at a time. */
function itemSchemaValidator(): ValidateFunction {
  if (!itemValidator) {
    const ajv = new Ajv2020({ strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const schema = JSON.parse(readFileSync(fromRoot('schema', 'annexa-result.v2.schema.json'), 'utf8')) as { $id: string };
    ajv.addSchema(schema);
    itemValidator = ajv.compile({ $ref: `${schema.$id}#/$defs/evidenceItem` });
  }
  return itemValidator;
}

function checkDocument(label: string, raw: unknown): void {
  const schema = (raw as { schema?: unknown } | null)?.schema;
  if (schema !== RESULT_SCHEMA) {
    throw new InputError(
      label,
      `schema: expected "${RESULT_SCHEMA}", found ${typeof schema === 'string' ? JSON.stringify(schema.slice(0, 80)) : schema === undefined ? 'none' : `a value of type ${Array.isArray(schema) ? 'array' : typeof schema}`}; is this an annexa result file?`,
    );
  }
  const v = resultSchemaValidator();
  let valid: boolean;
  try {
    valid = v(raw);
  } catch (err) {
    // The validator recurses with the document; thousands of nested arrays exhaust the stack.
    if (err instanceof RangeError) throw new InputError(label, 'is nested too deeply to be an annexa result');
    throw err;
  }
  if (!valid) {
    const e = v.errors?.[0];
    throw new InputError(label, e ? `${field(e)}: ${e.message ?? 'invalid'}` : 'does not match the result schema');
  }
}

const ITEMS_OPEN = /^\s*"items": \[\s*$/;
const ITEMS_CLOSE = /^\s*\](,?)\s*$/;
/** A result of no items: annexa writes `"items": []` on one line. */
const ITEMS_EMPTY = /^\s*"items": \[\](,?)\s*$/;

/**
 * A result too large for one string, read in the layout annexa writes (`output/json.ts`): the
 * document's other members around an `"items": [` line, then one item per line. The header is
 * checked against the schema with the items left out; each item is checked as it is read.
 */
function streamedResult(file: string, label: string, orWhole: true): ResultDocument | undefined;
function streamedResult(file: string, label: string, orWhole?: false): ResultDocument;
function streamedResult(file: string, label: string, orWhole = false): ResultDocument | undefined {
  const before: string[] = [];
  const after: string[] = [];
  let state: 'head' | 'items' | 'tail' = 'head';
  let count = 0;
  let itemsLine = -1;
  let n = 0;
  // An item line is one object: a result reformatted by another tool (one field per line) is not this layout.
  let oneItemPerLine = true;
  for (const line of readLines(file)) {
    if (state === 'head') {
      const empty = ITEMS_EMPTY.exec(line);
      if (empty) {
        state = 'tail';
        itemsLine = n;
        if (empty[1]) after.push('"items": []');
      } else if (ITEMS_OPEN.test(line)) {
        state = 'items';
        itemsLine = n;
      } else before.push(n === 0 ? withoutBom(line) : line);
    } else if (state === 'items') {
      const close = ITEMS_CLOSE.exec(line);
      if (close) {
        state = 'tail';
        if (close[1]) after.push('"items": []');
      } else {
        count++;
        const t = line.trim();
        if (!t.startsWith('{') || !(t.endsWith('}') || t.endsWith('},'))) oneItemPerLine = false;
      }
    } else after.push(line);
    n++;
  }
  if (state !== 'tail' || !oneItemPerLine) {
    if (orWhole) return undefined;
    throw new InputError(
      label,
      `is larger than ${WHOLE_RESULT_LIMIT / 1024 / 1024} MiB and not in the layout annexa writes (one item per line after an "items" line); results this large are read only in that layout`,
    );
  }
  let header: unknown;
  try {
    // trimEnd: a file saved with CRLF line endings ends its lines in `\r`.
    const last = before.at(-1)?.trimEnd();
    const joined =
      after.length && after[0] === '"items": []'
        ? [...before, '"items": [],', ...after.slice(1)]
        : [...before, `${last?.endsWith(',') || before.length <= 1 ? '' : ','}"items": []`, ...after];
    header = JSON.parse(joined.join('\n'));
  } catch (err) {
    if (orWhole) return undefined;
    throw new InputError(label, `not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  checkDocument(label, header);
  const validItem = itemSchemaValidator();
  function* lines(): Generator<string> {
    if (count === 0) return;
    let i = -1;
    for (const line of readLines(file)) {
      i++;
      if (i <= itemsLine) continue;
      if (ITEMS_CLOSE.test(line)) return;
      const t = line.trim();
      yield t.endsWith(',') ? t.slice(0, -1) : t;
    }
  }
  function* items(): Generator<EvidenceItem> {
    let k = 0;
    for (const text of lines()) {
      let item: unknown;
      try {
        item = JSON.parse(text);
      } catch (err) {
        throw new InputError(label, `items.${k}: not valid JSON: ${(err as Error).message.split('\n')[0]}`);
      }
      if (!validItem(item)) {
        const e = validItem.errors?.[0];
        throw new InputError(label, `items.${k}${e ? `.${field(e)}`.replace(/\.\(root\)$/, '') : ''}: ${e?.message ?? 'invalid'}`);
      }
      k++;
      yield item as EvidenceItem;
    }
  }
  return { ...(header as ResultFile), items: { count, [Symbol.iterator]: items, lines } };
}

/** A result in the layout annexa writes, read item by item; undefined when the file is in another layout. */
export function laidOutResult(file: string, label: string): ResultDocument | undefined {
  return streamedResult(file, label, true);
}

/** Reads an annexa result file, checked against the published schema; errors name the file and field. */
export function loadResult(file: string, opts: LoadResultOptions = {}): ResultDocument {
  const label = opts.shownAs ?? file;
  regularFile(file, label, opts.notFound ?? 'result file not found');
  const size = statSync(file).size;
  if (size > (opts.wholeLimit ?? WHOLE_RESULT_LIMIT)) return streamedResult(file, label);
  const streamed = size > (opts.streamFrom ?? STREAM_FROM) ? streamedResult(file, label, true) : undefined;
  if (streamed) return streamed;
  let raw: unknown;
  try {
    raw = JSON.parse(withoutBom(readFileSync(file, 'utf8')));
  } catch (err) {
    throw new InputError(label, `not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  checkDocument(label, raw);
  const doc = raw as ResultFile;
  return { ...doc, items: itemsOf(doc.items) };
}

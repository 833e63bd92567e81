import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { InputError } from '../errors.js';
import type { Snapshot } from '../model/snapshot.js';
import { fromRoot } from '../paths.js';

/**
 * Inventory values are checked against the schemas generated from the services' state types
 * (`npm run schemas:inventory`), so a wrongly typed value in a hand-edited or foreign snapshot
 * is an input error naming its place, instead of a check crashing on it or misjudging it.
 *
 * The validators are ajv's standalone code, compiled by that script (one export per key id):
 * compiling the schemas at each load took longer than validating a 100k-resource snapshot.
 * They stop at the first error (`allErrors: false`), which is all a one-line message needs.
 */
let validators: Readonly<Record<string, ValidateFunction>> | undefined;

/** A key's validator; undefined for a key this build does not know. Loaded on first use: a live scan reads no snapshot file. */
function validatorOf(key: string): ValidateFunction | undefined {
  validators ??= createRequire(import.meta.url)(fromRoot('schema', 'inventory-validators.cjs')) as Record<string, ValidateFunction>;
  return Object.hasOwn(validators, key) ? validators[key] : undefined;
}

/**
 * A value as a message shows it: short, never a whole object. A string's text is shown only
 * where a few words were allowed (a near miss like "On"); elsewhere it could be anything,
 * a secret included.
 */
function shown(value: unknown, withText: boolean): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      if (!withText) return 'a string';
      return value.length > 40 ? `a string (${JSON.stringify(value.slice(0, 37))}…)` : `a string (${JSON.stringify(value)})`;
    case 'undefined':
      return 'nothing';
    default:
      return String(value);
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function expected(e: ErrorObject): string {
  switch (e.keyword) {
    case 'type': {
      const types = String((e.params as { type: string }).type).split(',');
      return types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
    }
    case 'const':
      return JSON.stringify((e.params as { allowedValue: unknown }).allowedValue);
    case 'enum':
      return `one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((x) => JSON.stringify(x)).join(', ')}`;
    default:
      return e.message ?? 'another value';
  }
}

/** `/3/name` under `value`, as our dotted field syntax; a segment that is not a plain word is quoted. */
function dotted(instancePath: string): string {
  if (!instancePath) return '';
  return instancePath
    .slice(1)
    .split('/')
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map(segment)
    .join('');
}

/** `.name`, or `["my.bucket"]` for a key that is not a plain word, so the path stays unambiguous. */
function segment(key: string): string {
  return /^[\w-]+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function valueAt(root: unknown, instancePath: string): unknown {
  if (!instancePath) return root;
  let at = root;
  for (const raw of instancePath.slice(1).split('/')) {
    const seg = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[seg] : undefined;
  }
  return at;
}

/**
 * One sentence for the failure. A union (`T | null`, a per-resource `Fetched`) fails in every
 * branch; the branch that got deepest into the value is the one the writer meant, and the
 * alternatives tried at that same place are listed together ("an object or null").
 */
function describe(errors: readonly ErrorObject[], value: unknown): { path: string; message: string } {
  const real = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const depth = (e: ErrorObject): number => (e.instancePath ? e.instancePath.split('/').length : 0);
  const deepest = real.reduce<ErrorObject | undefined>((best, e) => (!best || depth(e) > depth(best) ? e : best), undefined);
  if (!deepest) return { path: '', message: 'does not match its type' };
  if (deepest.keyword === 'required') {
    const field = (deepest.params as { missingProperty: string }).missingProperty;
    return { path: dotted(deepest.instancePath), message: `missing required field "${field}"` };
  }
  const here = real.filter((e) => e.instancePath === deepest.instancePath && ['type', 'const', 'enum'].includes(e.keyword));
  const wants = here.length ? here : [deepest];
  const words = wants.some((e) => e.keyword === 'enum' || e.keyword === 'const');
  return {
    path: dotted(deepest.instancePath),
    message: `expected ${[...new Set(wants.map(expected))].join(' or ')}, got ${shown(valueAt(value, deepest.instancePath), words)}`,
  };
}

/**
 * What is wrong with one collected value of `key`, or undefined when it fits the key's type
 * or the key is unknown to this build. `path` follows the value (`.3.name`, `["my.bucket"].value`).
 * For a reader that meets entries one at a time.
 */
export function inventoryValueProblem(key: string, value: unknown): { path: string; message: string } | undefined {
  const validate = validatorOf(key);
  if (!validate || validate(value)) return undefined;
  return describe(validate.errors ?? [], value);
}

/**
 * Checks every collected (`ok`) value of a snapshot against its key's type. `where` turns a
 * path inside the snapshot into the path inside the file (a set nests it under `snapshots.N`);
 * the first wrong value throws an InputError naming `file` and that path. Keys this build
 * does not know (a snapshot from a newer annexa) are left alone: no check reads them.
 */
export function checkInventoryValues(snapshot: Snapshot, where: (path: string) => string, file: string): void {
  for (const [key, byRegion] of Object.entries(snapshot.inventory)) {
    for (const [region, entry] of Object.entries(byRegion)) {
      const problem = entry.result.ok ? inventoryValueProblem(key, entry.result.value) : undefined;
      if (problem) {
        throw new InputError(file, `${where(`inventory.${key}${segment(region)}.result.value${problem.path}`)}: ${problem.message}`);
      }
    }
  }
}

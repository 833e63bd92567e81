import { InputError } from '../errors.js';
import { list } from '../input.js';
import { type FrameworkKey, isFrameworkKey } from '../mapping/load.js';
import { isSeverity, type Severity } from '../model/status.js';
import { FORMATS, type Format } from '../output/writers.js';

export { list, positiveInt, regionsOption } from '../input.js';
export type { Format };

export function severityOption(flag: string, value: string): Severity {
  if (!isSeverity(value)) throw new InputError(flag, `"${value}" is not a severity (critical, high, medium, low, info)`);
  return value;
}

export function failOnOption(value: string): Severity | 'none' {
  return value === 'none' ? 'none' : severityOption('--fail-on', value);
}

/** One of a fixed set of values, e.g. `--format text|json`; anything else names the flag and the choices. */
export function choiceOption<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new InputError(flag, `"${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** A comma-separated list of values from a fixed set, deduplicated in the given order; at least one. */
export function choicesOption<T extends string>(flag: string, value: string, allowed: readonly T[]): T[] {
  const out = list(value) ?? [];
  // An empty list would write nothing and still gate, which is never what was meant.
  if (out.length === 0) throw new InputError(flag, `names nothing; choose from ${allowed.join(', ')}`);
  return [...new Set(out.map((v) => choiceOption(flag, v, allowed)))];
}

/** `--format` of the commands that print text or JSON. */
export const TEXT_OR_JSON = ['text', 'json'] as const;
export function textOrJson(value: string | undefined): 'text' | 'json' {
  return choiceOption('--format', value ?? 'text', TEXT_OR_JSON);
}

export function formatsOption(value: string): Format[] {
  return choicesOption('--format', value, FORMATS);
}

/** `--framework a,b`: known framework keys with a loaded catalogue, deduplicated, in the given order. */
export function frameworksOption(value: string | undefined, loaded: readonly FrameworkKey[]): FrameworkKey[] {
  const keys = list(value) ?? ['iso27001:2022'];
  for (const k of keys) {
    if (!isFrameworkKey(k) || !loaded.includes(k))
      throw new InputError('--framework', `"${k}" is not a framework (available: ${loaded.join(', ')})`);
  }
  return [...new Set(keys as FrameworkKey[])];
}

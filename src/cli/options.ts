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

export function formatsOption(value: string): Format[] {
  const out = list(value) ?? [];
  // An empty list would write no result at all and still gate, which is never what was meant.
  if (out.length === 0) throw new InputError('--format', `names no format (choose from ${FORMATS.join(', ')})`);
  for (const f of out) {
    if (!(FORMATS as readonly string[]).includes(f))
      throw new InputError('--format', `"${f}" is not a supported format (${FORMATS.join(', ')})`);
  }
  return out as Format[];
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

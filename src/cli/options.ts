import { InputError } from '../errors.js';
import { DEFAULT_TIMEOUTS, type NetworkTimeouts, scanDeadline } from '../inventory/timeouts.js';
import { type FrameworkKey, isFrameworkKey } from '../mapping/load.js';
import { isSeverity, type Severity } from '../model/status.js';
import { FORMATS, type Format } from '../output/writers.js';

export type { Format };

export function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

export function severityOption(flag: string, value: string): Severity {
  if (!isSeverity(value)) throw new InputError(flag, `"${value}" is not a severity (critical, high, medium, low, info)`);
  return value;
}

export function failOnOption(value: string): Severity | 'none' {
  return value === 'none' ? 'none' : severityOption('--fail-on', value);
}

export function positiveInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(flag, `"${value}" is not a positive whole number`);
  return n;
}

export function positiveSeconds(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || value.trim() === '') throw new InputError(flag, `"${value}" is not a positive number of seconds`);
  return n;
}

/** `--connect-timeout`, `--request-timeout` and `--deadline`; the deadline starts counting here. */
export function timeoutsOption(flags: { connectTimeout?: string; requestTimeout?: string; deadline?: string }): NetworkTimeouts {
  const connect = positiveSeconds('--connect-timeout', flags.connectTimeout);
  const request = positiveSeconds('--request-timeout', flags.requestTimeout);
  const deadline = positiveSeconds('--deadline', flags.deadline);
  return {
    connectMs: connect === undefined ? DEFAULT_TIMEOUTS.connectMs : connect * 1000,
    requestMs: request === undefined ? DEFAULT_TIMEOUTS.requestMs : request * 1000,
    ...(deadline === undefined ? {} : { deadline: scanDeadline(deadline) }),
  };
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

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
export function regionsOption(value: string | undefined): string[] | undefined {
  const regions = list(value);
  for (const r of regions ?? []) if (!REGION.test(r)) throw new InputError('--regions', `"${r}" is not a region name such as eu-west-1`);
  return regions;
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

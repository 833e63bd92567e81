/** Small validators of user-given lists and numbers, shared by the CLI and the providers' own flags. */
import { InputError } from './errors.js';
import { DEFAULT_TIMEOUTS, type NetworkTimeouts, scanDeadline } from './inventory/timeouts.js';

export function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

export function positiveInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(flag, `"${value}" is not a positive whole number`);
  return n;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
export function regionsOption(value: string | undefined): string[] | undefined {
  const regions = list(value);
  for (const r of regions ?? []) if (!REGION.test(r)) throw new InputError('--regions', `"${r}" is not a region name such as eu-west-1`);
  return regions;
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

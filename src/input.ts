/** Small validators of user-given lists and numbers, shared by the CLI and the providers' own flags. */
import { InputError } from './errors.js';

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

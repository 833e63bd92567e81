import type { z } from 'zod';
/**
 * Small helpers that keep checks short and make the "never guess" rule the easy path:
 * every read returns either the value or a ready-made `error` finding.
 */

import type { CheckContext, Finding } from '../model/check.js';
import { describeFetchError, type FetchError, type Fetched, missingData } from '../model/fetched.js';
import { GLOBAL, type InventoryKey, type PerResource } from '../model/keys.js';
import type { ResourceRef } from '../model/resource.js';

type Observed = Record<string, unknown>;

export function pass(resource: ResourceRef, messageId: string, message: string, observed: Observed = {}): Finding {
  return { status: 'pass', resource, messageId, message, observed };
}

export function fail(resource: ResourceRef, messageId: string, message: string, observed: Observed = {}): Finding {
  return { status: 'fail', resource, messageId, message, observed };
}

export function notApplicable(resource: ResourceRef, messageId: string, message: string, observed: Observed = {}): Finding {
  return { status: 'not_applicable', resource, messageId, message, observed };
}

export function errorFinding(resource: ResourceRef, error: FetchError, what?: string): Finding {
  return {
    status: 'error',
    resource,
    messageId: `error.${error.kind}`,
    message: `Could not evaluate${what ? ` ${what}` : ''}: ${describeFetchError(error)}.`,
    observed: {},
    error,
  };
}

function notInSnapshot(keyId: string): FetchError {
  return missingData(keyId, `inventory key ${keyId} is not in this snapshot`, 'n/a');
}

export function notCollected(resource: ResourceRef, keyId: string): Finding {
  const error = notInSnapshot(keyId);
  return {
    status: 'error',
    resource,
    messageId: 'error.unknown',
    message: `Could not evaluate: ${keyId} is not in this snapshot; collect again with this check selected.`,
    observed: {},
    error,
  };
}

/** The account itself, or an account-wide resource of a given type in a region. */
export function accountResource(ctx: CheckContext, type = 'AWS::::Account', region: string = GLOBAL, name?: string): ResourceRef {
  const account = ctx.snapshot.account;
  return {
    provider: 'aws',
    account,
    region,
    type,
    id: region === GLOBAL ? `arn:${ctx.snapshot.partition}:::${account}` : `arn:${ctx.snapshot.partition}::${region}:${account}`,
    name: name ?? (region === GLOBAL ? account : `${account} (${region})`),
  };
}

/** Build a resource from an ARN-bearing object. */
export function awsResource(ctx: CheckContext, type: string, region: string, arn: string, name: string): ResourceRef {
  return { provider: 'aws', account: ctx.snapshot.account, region, type, id: arn, arn, name };
}

/**
 * Read a global key. `onError` names the resource an error finding should be about
 * (normally the account).
 */
export function readGlobal<T>(ctx: CheckContext, key: InventoryKey<T>, onError: ResourceRef, fn: (value: T) => Finding[]): Finding[] {
  const entry = ctx.snapshot.entry(key);
  if (!entry) return [notCollected(onError, key.id)];
  if (!entry.result.ok) return [errorFinding(onError, entry.result.error)];
  return fn(entry.result.value);
}

/** Read a regional key in every scanned region; one error finding per region that failed. */
export function readRegional<T>(
  ctx: CheckContext,
  key: InventoryKey<T>,
  onError: (region: string) => ResourceRef,
  fn: (value: T, region: string) => Finding[],
): Finding[] {
  const out: Finding[] = [];
  for (const region of ctx.snapshot.regions) {
    const entry = ctx.snapshot.entry(key, region);
    if (!entry) out.push(notCollected(onError(region), key.id));
    else if (!entry.result.ok) out.push(errorFinding(onError(region), entry.result.error));
    else out.push(...fn(entry.result.value, region));
  }
  return out;
}

/**
 * One resource's entry in a per-resource key (e.g. versioning of one bucket). A key that
 * failed as a whole, or was never collected, comes back as a failed `Fetched` too.
 */
export function lookup<T>(ctx: CheckContext, key: InventoryKey<PerResource<T>>, id: string, region?: string): Fetched<T> {
  const whole = readFetched(ctx, key, region);
  if (!whole.ok) return whole;
  return whole.value[id] ?? { ok: false, error: missingData(key.id, `no ${key.id} data for ${id}`, 'n/a') };
}

/** A key's value as a `Fetched`, so it can go through `all(...)` with per-resource lookups. */
export function readFetched<T>(ctx: CheckContext, key: InventoryKey<T>, region?: string): Fetched<T> {
  const entry = ctx.snapshot.entry(key, region);
  return entry ? entry.result : { ok: false, error: notInSnapshot(key.id) };
}

/**
 * Resolve several fetched inputs for one resource. Returns the values, or the error
 * finding for the first that failed.
 */
export function all<T extends readonly Fetched<unknown>[]>(
  resource: ResourceRef,
  inputs: readonly [...T],
): { ok: true; values: { [K in keyof T]: T[K] extends Fetched<infer V> ? V : never } } | { ok: false; finding: Finding } {
  const values: unknown[] = [];
  for (const input of inputs) {
    if (!input.ok) return { ok: false, finding: errorFinding(resource, input.error) };
    values.push(input.value);
  }
  return { ok: true, values: values as never };
}

/** Whole days between two instants. */
export function daysBetween(from: Date | string, to: Date): number {
  return Math.floor((to.getTime() - new Date(from).getTime()) / 86_400_000);
}

/** Shell-style glob (`*`, `?`) match, used for id and name patterns (the one matcher, in the model). */
export { globMatch } from '../model/glob.js';

const parsedParams = new WeakMap<object, Map<string, unknown>>();

/**
 * A service's parameters with their defaults: `paramsOf(ctx, 'aws.rds', RDS_PARAMS)`, where the
 * schema lives in the service's `params.ts` and gives every field a default.
 */
export function paramsOf<S extends z.ZodType>(ctx: CheckContext, service: string, schema: S): z.infer<S> {
  const raw = ctx.serviceParams?.[service] ?? {};
  const holder = typeof raw === 'object' && raw !== null ? raw : {};
  let byService = parsedParams.get(holder);
  if (!byService) parsedParams.set(holder, (byService = new Map()));
  if (!byService.has(service)) byService.set(service, schema.parse(raw));
  return byService.get(service) as z.infer<S>;
}

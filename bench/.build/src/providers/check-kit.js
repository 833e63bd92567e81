import { describeFetchError } from '../model/fetched.js';
import { GLOBAL } from '../model/keys.js';
export function pass(resource, messageId, message, observed = {}) {
  return { status: 'pass', resource, messageId, message, observed };
}
export function fail(resource, messageId, message, observed = {}) {
  return { status: 'fail', resource, messageId, message, observed };
}
export function notApplicable(resource, messageId, message, observed = {}) {
  return { status: 'not_applicable', resource, messageId, message, observed };
}
export function errorFinding(resource, error, what) {
  return {
    status: 'error',
    resource,
    messageId: `error.${error.kind}`,
    message: `Could not evaluate${what ? ` ${what}` : ''}: ${describeFetchError(error)}.`,
    observed: {},
    error,
  };
}
function notInSnapshot(keyId) {
  return { kind: 'unknown', api: keyId, action: 'n/a', message: `inventory key ${keyId} is not in this snapshot` };
}
export function notCollected(resource, keyId) {
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
export function accountResource(ctx, type = 'AWS::::Account', region = GLOBAL, name) {
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
export function awsResource(ctx, type, region, arn, name) {
  return { provider: 'aws', account: ctx.snapshot.account, region, type, id: arn, arn, name };
}
/**
 * Read a global key. `onError` names the resource an error finding should be about
 * (normally the account).
 */
export function readGlobal(ctx, key, onError, fn) {
  const entry = ctx.snapshot.entry(key);
  if (!entry) return [notCollected(onError, key.id)];
  if (!entry.result.ok) return [errorFinding(onError, entry.result.error)];
  return fn(entry.result.value);
}
/** Read a regional key in every scanned region; one error finding per region that failed. */
export function readRegional(ctx, key, onError, fn) {
  const out = [];
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
export function lookup(ctx, key, id, region) {
  const whole = readFetched(ctx, key, region);
  if (!whole.ok) return whole;
  return whole.value[id] ?? { ok: false, error: { kind: 'unknown', api: key.id, action: 'n/a', message: `no ${key.id} data for ${id}` } };
}
/** A key's value as a `Fetched`, so it can go through `all(...)` with per-resource lookups. */
export function readFetched(ctx, key, region) {
  const entry = ctx.snapshot.entry(key, region);
  return entry ? entry.result : { ok: false, error: notInSnapshot(key.id) };
}
/**
 * Resolve several fetched inputs for one resource. Returns the values, or the error
 * finding for the first that failed.
 */
export function all(resource, inputs) {
  const values = [];
  for (const input of inputs) {
    if (!input.ok) return { ok: false, finding: errorFinding(resource, input.error) };
    values.push(input.value);
  }
  return { ok: true, values: values };
}
/** Whole days between two instants. */
export function daysBetween(from, to) {
  return Math.floor((to.getTime() - new Date(from).getTime()) / 86_400_000);
}
/** Shell-style glob (`*`, `?`) match, used for id and name patterns. */
export function globMatch(pattern, value) {
  const re = new RegExp(
    '^' +
      pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('') +
      '$',
  );
  return re.test(value);
}
const parsedParams = new WeakMap();
/**
 * A service's parameters with their defaults: `paramsOf(ctx, 'aws.rds', RDS_PARAMS)`, where the
 * schema lives in the service's `params.ts` and gives every field a default.
 */
export function paramsOf(ctx, service, schema) {
  const raw = ctx.serviceParams?.[service] ?? {};
  const holder = typeof raw === 'object' && raw !== null ? raw : {};
  let byService = parsedParams.get(holder);
  if (!byService) parsedParams.set(holder, (byService = new Map()));
  if (!byService.has(service)) byService.set(service, schema.parse(raw));
  return byService.get(service);
}

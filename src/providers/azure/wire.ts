/**
 * Keep ARM answers in their wire shape, through an allowlist. Every field the inventory
 * stores is named in a `Shape`, so a secret (a connection string, a key, a secret value)
 * can only reach a snapshot if someone writes its name here; everything else is dropped.
 */
import { redactLabels } from '../../engine/redact.js';
import { type ApiSpec, perResource } from '../../inventory/collector.js';
import type { Fetched } from '../../model/fetched.js';
import { resourceGroupOf } from './arm-state.js';
import { wireBodies } from './clients.js';
import type { AzureCollectContext } from './context.js';

type Leaf = string | number | boolean;

/**
 * For each field of T: `true` to copy it (leaves, string maps such as tags), or a nested
 * shape for objects and arrays of objects. The mapped type makes the compiler ask for every
 * field the inventory type declares, so the shapes cannot drift from the types.
 */
export type Shape<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends Leaf | Leaf[]
    ? true
    : NonNullable<T[K]> extends (infer E)[]
      ? Shape<E>
      : string extends keyof NonNullable<T[K]>
        ? true
        : Shape<NonNullable<T[K]>>;
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Copy the fields `shape` names, recursing into objects and arrays; absent fields stay absent. */
export function project<T>(value: unknown, shape: Shape<T>): T {
  const pick = (v: unknown, s: unknown): unknown => {
    if (s === true) return isObject(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) : v;
    if (Array.isArray(v)) return v.map((x) => pick(x, s));
    if (!isObject(v) || !isObject(s)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [k, sub] of Object.entries(s)) {
      if (v[k] === undefined || v[k] === null) continue;
      out[k] = pick(v[k], sub);
    }
    return out;
  };
  return pick(value, shape) as T;
}

/**
 * Tracked resources always carry tags in the inventory, `{}` when ARM omits them. Tags are
 * free text that people do put connection strings and passwords in, so secret-looking
 * values (and values of secret-named tags) are redacted before they reach a snapshot.
 */
export function withTags<T extends { tags?: unknown }>(item: T): T & { tags: Record<string, string> } {
  return { ...item, tags: redactLabels((item.tags as Record<string, string> | undefined) ?? {}) };
}

/**
 * An answer without the shape every ARM answer has. It is an error, never an empty list
 * (which would read as "no resources") or a blank setting (which would read as "off").
 */
function malformed(what: string): Error {
  return Object.assign(new Error(`ARM answered without ${what}`), { name: 'MalformedResponse' });
}

/**
 * Drain a paged SDK list under `spec` and return its items as ARM sent them (every page's
 * `value`), in order. The SDK follows nextLink; its deserialised models are not used.
 */
export async function wireList(
  ctx: AzureCollectContext,
  spec: ApiSpec,
  iterate: () => AsyncIterable<unknown> | Promise<unknown>,
): Promise<unknown[]> {
  const bodies = await ctx.call(spec, () =>
    wireBodies(async () => {
      const it = iterate();
      if (Symbol.asyncIterator in (it as object)) {
        for await (const _ of it as AsyncIterable<unknown>) void _;
      } else await it;
    }),
  );
  return bodies.flatMap((b) => {
    if (!isObject(b) || !Array.isArray(b.value)) throw malformed('a `value` list on a page');
    return b.value as unknown[];
  });
}

/** One SDK get, returning the body as ARM sent it. */
export async function wireGet(fn: () => Promise<unknown>): Promise<unknown> {
  const [body] = await wireBodies(fn);
  if (!isObject(body)) throw malformed('a JSON object');
  return body;
}

/** The resource group and name in an ARM id such as `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/db1`. */
export function groupAndName(armId: string): { resourceGroup: string; name: string } {
  const resourceGroup = resourceGroupOf(armId);
  const name = armId.split('/').filter(Boolean).pop();
  if (!resourceGroup || !name) throw Object.assign(new Error(`not a resource-group-scoped ARM id: ${armId}`), { name: 'MalformedId' });
  return { resourceGroup, name };
}

/**
 * One call per listed resource (`spec` each), results keyed by the resource's ARM id as
 * listed. A failure stays on its resource; the pools bound how many run at once.
 */
export function perArmResource<R extends { id: string }, T>(
  ctx: AzureCollectContext,
  items: readonly R[],
  spec: ApiSpec,
  fn: (item: R, at: { resourceGroup: string; name: string }) => Promise<T>,
): Promise<Record<string, Fetched<T>>> {
  return perResource(
    items,
    (r) => r.id,
    async (r): Promise<Fetched<T>> => {
      // No `notConfigured` codes are passed, so the value is never the null they would map to.
      const res = await ctx.attempt(spec, () => fn(r, groupAndName(r.id)));
      return res.ok ? { ok: true, value: res.value as T } : res;
    },
  );
}

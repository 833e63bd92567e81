/**
 * Keep ARM answers in their wire shape, through an allowlist. Every field the inventory
 * stores is named in a `Shape`, so a secret (a connection string, a key, a secret value)
 * can only reach a snapshot if someone writes its name here; everything else is dropped.
 */
import { redactLabels } from '../../engine/redact.js';
import { perResource } from '../../inventory/collector.js';
import { resourceGroupOf } from './arm-state.js';
import { wireBodies } from './clients.js';

function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Copy the fields `shape` names, recursing into objects and arrays; absent fields stay absent. */
export function project(value, shape) {
  const pick = (v, s) => {
    if (s === true) return isObject(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) : v;
    if (Array.isArray(v)) return v.map((x) => pick(x, s));
    if (!isObject(v) || !isObject(s)) return undefined;
    const out = {};
    for (const [k, sub] of Object.entries(s)) {
      if (v[k] === undefined || v[k] === null) continue;
      out[k] = pick(v[k], sub);
    }
    return out;
  };
  return pick(value, shape);
}
/**
 * Tracked resources always carry tags in the inventory, `{}` when ARM omits them. Tags are
 * free text that people do put connection strings and passwords in, so secret-looking
 * values (and values of secret-named tags) are redacted before they reach a snapshot.
 */
export function withTags(item) {
  return { ...item, tags: redactLabels(item.tags ?? {}) };
}
/**
 * An answer without the shape every ARM answer has. It is an error, never an empty list
 * (which would read as "no resources") or a blank setting (which would read as "off").
 */
function malformed(what) {
  return Object.assign(new Error(`ARM answered without ${what}`), { name: 'MalformedResponse' });
}
/**
 * Drain a paged SDK list under `spec` and return its items as ARM sent them (every page's
 * `value`), in order. The SDK follows nextLink; its deserialised models are not used.
 */
export async function wireList(ctx, spec, iterate) {
  const bodies = await ctx.call(spec, () =>
    wireBodies(async () => {
      const it = iterate();
      if (Symbol.asyncIterator in it) {
        for await (const _ of it) void _;
      } else await it;
    }),
  );
  return bodies.flatMap((b) => {
    if (!isObject(b) || !Array.isArray(b.value)) throw malformed('a `value` list on a page');
    return b.value;
  });
}
/** One SDK get, returning the body as ARM sent it. */
export async function wireGet(fn) {
  const [body] = await wireBodies(fn);
  if (!isObject(body)) throw malformed('a JSON object');
  return body;
}
/** The resource group and name in an ARM id such as `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/db1`. */
export function groupAndName(armId) {
  const resourceGroup = resourceGroupOf(armId);
  const name = armId.split('/').filter(Boolean).pop();
  if (!resourceGroup || !name) throw Object.assign(new Error(`not a resource-group-scoped ARM id: ${armId}`), { name: 'MalformedId' });
  return { resourceGroup, name };
}
/**
 * One call per listed resource (`spec` each), results keyed by the resource's ARM id as
 * listed. A failure stays on its resource; the pools bound how many run at once.
 */
export function perArmResource(ctx, items, spec, fn) {
  return perResource(
    items,
    (r) => r.id,
    async (r) => {
      // No `notConfigured` codes are passed, so the value is never the null they would map to.
      const res = await ctx.attempt(spec, () => fn(r, groupAndName(r.id)));
      return res.ok ? { ok: true, value: res.value } : res;
    },
  );
}

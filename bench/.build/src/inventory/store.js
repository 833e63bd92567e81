import { failed, ok } from '../model/fetched.js';
import { GLOBAL } from '../model/keys.js';
import { DependencyFailed } from './collector.js';
/**
 * Memoises one in-flight promise per key and scope, so however many checks or other
 * collectors ask for `aws.s3.buckets`, ListBuckets runs once.
 */
export class InventoryStore {
  collectors;
  extra;
  hooks;
  homeRegion;
  memo = new Map();
  done = {};
  constructor(collectors, extra, hooks, homeRegion) {
    this.collectors = collectors;
    this.extra = extra;
    this.hooks = hooks;
    this.homeRegion = homeRegion;
  }
  async get(key, region) {
    return (await this.entry(key, region)).result;
  }
  entry(key, region) {
    const scope = key.scope === 'global' ? GLOBAL : region;
    const memoKey = `${key.id}@${scope}`;
    let p = this.memo.get(memoKey);
    if (!p) {
      p = this.run(key.id, scope);
      this.memo.set(memoKey, p);
    }
    return p;
  }
  /** Everything collected so far, in the snapshot's shape. */
  inventory() {
    const sorted = {};
    for (const key of Object.keys(this.done).sort()) {
      const scopes = this.done[key];
      sorted[key] = Object.fromEntries(
        Object.keys(scopes)
          .sort()
          .map((s) => [s, scopes[s]]),
      );
    }
    return sorted;
  }
  async run(keyId, scope) {
    const collector = this.collectors.get(keyId);
    if (!collector) throw new Error(`no collector for inventory key ${keyId}`);
    const region = scope === GLOBAL ? this.homeRegion : scope;
    const fallback = collector.apis[0] ?? { api: keyId, actions: [] };
    let result;
    try {
      result = ok(await collector.collect(this.contextFor(), region));
    } catch (err) {
      result = failed(err instanceof DependencyFailed ? err.error : this.hooks.classify(err, fallback));
    }
    const entry = { result, collectedAt: new Date().toISOString(), apis: collector.apis.map((a) => a.api) };
    (this.done[keyId] ??= {})[scope] = entry;
    this.hooks.onDone?.(keyId, scope);
    return entry;
  }
  contextFor() {
    const { hooks } = this;
    const base = {
      get: (key, region) => this.get(key, region),
      need: async (key, region) => {
        const res = await this.get(key, region);
        if (!res.ok) throw new DependencyFailed(res.error);
        return res.value;
      },
      call: async (spec, fn) => {
        try {
          return await fn();
        } catch (err) {
          throw hooks.tag(err, spec);
        }
      },
      attempt: async (spec, fn, notConfigured = []) => {
        try {
          return ok(await fn());
        } catch (err) {
          const code = hooks.errorCode(err);
          if (code && notConfigured.includes(code)) return ok(null);
          return failed(hooks.classify(err, spec));
        }
      },
    };
    return { ...base, ...this.extra };
  }
}

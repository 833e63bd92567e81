/** Per-API counters, filled by SDK middleware, never by collectors. */
export class ApiStats {
  stats = new Map();
  listener;
  onEvent(fn) {
    this.listener = fn;
  }
  get(api) {
    let s = this.stats.get(api);
    if (!s) {
      s = { calls: 0, attempts: 0, throttles: 0, errors: 0, retryDelayMs: 0, rateWaitMs: 0 };
      this.stats.set(api, s);
    }
    return s;
  }
  call(api) {
    this.get(api).calls++;
    this.listener?.('call', api);
  }
  attempt(api) {
    this.get(api).attempts++;
  }
  throttle(api) {
    this.get(api).throttles++;
    this.listener?.('throttle', api);
  }
  /** Time a request waited for a rate-limit token before it was sent. */
  rateWait(api, ms) {
    this.get(api).rateWaitMs += ms;
  }
  done(api, failedCall, retryDelayMs = 0) {
    const s = this.get(api);
    if (failedCall) s.errors++;
    s.retryDelayMs += retryDelayMs;
    this.listener?.('done', api);
  }
  totals() {
    const t = { calls: 0, attempts: 0, throttles: 0, errors: 0, retryDelayMs: 0, rateWaitMs: 0 };
    for (const s of this.stats.values()) {
      t.calls += s.calls;
      t.attempts += s.attempts;
      t.throttles += s.throttles;
      t.errors += s.errors;
      t.retryDelayMs += s.retryDelayMs;
      t.rateWaitMs += s.rateWaitMs;
    }
    return t;
  }
  toJSON() {
    return Object.fromEntries([...this.stats.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v }]));
  }
}
const ZERO = { calls: 0, attempts: 0, throttles: 0, errors: 0, retryDelayMs: 0, rateWaitMs: 0 };
/** Per-API statistics added together (shards, accounts, tenant-level calls), sorted by API. */
export function sumApiStats(...parts) {
  const out = {};
  for (const part of parts) {
    for (const [api, s] of Object.entries(part)) {
      const t = (out[api] ??= { ...ZERO });
      t.calls += s.calls;
      t.attempts += s.attempts;
      t.throttles += s.throttles;
      t.errors += s.errors;
      t.retryDelayMs += s.retryDelayMs;
      // Results written before rate limiting have no rateWaitMs.
      t.rateWaitMs += s.rateWaitMs ?? 0;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

import type { ApiCallStats } from '../model/snapshot.js';

export type ApiEvent = 'call' | 'throttle' | 'done';

/** Per-API counters, filled by SDK middleware, never by collectors. */
export class ApiStats {
  private readonly stats = new Map<string, ApiCallStats>();
  private listener: ((event: ApiEvent, api: string) => void) | undefined;

  onEvent(fn: (event: ApiEvent, api: string) => void): void {
    this.listener = fn;
  }

  private get(api: string): ApiCallStats {
    let s = this.stats.get(api);
    if (!s) {
      s = { calls: 0, attempts: 0, throttles: 0, errors: 0, retryDelayMs: 0, rateWaitMs: 0 };
      this.stats.set(api, s);
    }
    return s;
  }

  call(api: string): void {
    this.get(api).calls++;
    this.listener?.('call', api);
  }

  attempt(api: string): void {
    this.get(api).attempts++;
  }

  throttle(api: string): void {
    this.get(api).throttles++;
    this.listener?.('throttle', api);
  }

  /** Time a request waited for a rate-limit token before it was sent. */
  rateWait(api: string, ms: number): void {
    this.get(api).rateWaitMs += ms;
  }

  done(api: string, failedCall: boolean, retryDelayMs = 0): void {
    const s = this.get(api);
    if (failedCall) s.errors++;
    s.retryDelayMs += retryDelayMs;
    this.listener?.('done', api);
  }

  totals(): ApiCallStats {
    const t: ApiCallStats = { calls: 0, attempts: 0, throttles: 0, errors: 0, retryDelayMs: 0, rateWaitMs: 0 };
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

  toJSON(): Record<string, ApiCallStats> {
    return Object.fromEntries([...this.stats.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v }]));
  }
}

const ZERO: ApiCallStats = { calls: 0, attempts: 0, throttles: 0, errors: 0, retryDelayMs: 0, rateWaitMs: 0 };

/** Per-API statistics added together (shards, accounts, tenant-level calls), sorted by API. */
export function sumApiStats(...parts: Record<string, ApiCallStats>[]): Record<string, ApiCallStats> {
  const out: Record<string, ApiCallStats> = {};
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

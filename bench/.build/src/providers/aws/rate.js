/**
 * Rate-aware scheduling: token buckets per account, region and API family, shared by every
 * client of a scan (and by every account of an organisation scan), plus an optional global
 * cap (`--max-rps`). A request takes a token before each HTTP attempt; when none is left it
 * waits on one timer for exactly as long as the refill needs. That is scheduling, not a
 * retry loop: the SDK's retry strategy still owns retries.
 *
 * On a throttle answer the bucket halves its rate (multiplicative decrease) and then earns
 * it back linearly over time (additive recovery), so a scan that shares an account with
 * production backs off where AWS tells it to and nowhere else.
 */
export const SYSTEM_CLOCK = {
  now: () => Date.now(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/*
 * Defaults per API family, from the services' documented limits (or, where AWS documents
 * none, a conservative guess). All are per account and region unless noted.
 * - CloudTrail: "Get, describe, and list APIs: 10 transactions per second", not adjustable
 *   (CloudTrail User Guide, "Quotas in AWS CloudTrail").
 * - EC2: non-mutating actions (Describe*, Get*, List*) use a bucket of 100 tokens refilled
 *   at 20 per second (EC2 Developer Guide, "Request throttling for the Amazon EC2 API").
 * - IAM and STS: IAM documents token buckets but no numbers, and it is one global endpoint
 *   per account, so it gets a conservative 10/s with a small burst.
 * - S3 bucket configuration reads: S3 serves 5,500 GET/HEAD per second per prefix (S3 User
 *   Guide, "Best practices design patterns: optimizing Amazon S3 performance"); the
 *   control plane is generous, so 200/s with a burst of 400.
 * - KMS: DescribeKey, GetKeyPolicy and GetKeyRotationStatus have quotas in the thousands
 *   per second, ListKeys about 100/s (KMS Developer Guide, "Request quotas"); 100/s.
 * - Security Hub documents per-operation limits as low as 1-10/s (Security Hub API
 *   Reference, welcome page); it falls under the default.
 * - Everything else (CloudWatch Logs, Config, GuardDuty, Access Analyzer, Organizations):
 *   10/s with a burst of 20, which sits at or below the lowest documented read limits.
 */
export const DEFAULT_BUCKETS = {
  cloudtrail: { rate: 10, burst: 10 },
  'ec2:describe': { rate: 20, burst: 100 },
  ec2: { rate: 5, burst: 50 },
  iam: { rate: 10, burst: 20 },
  sts: { rate: 10, burst: 20 },
  s3: { rate: 200, burst: 400 },
  s3control: { rate: 10, burst: 20 },
  kms: { rate: 100, burst: 100 },
  default: { rate: 10, burst: 20 },
};
/** Which bucket an operation draws from. EC2 splits reads from writes; other services share one per service. */
export function apiFamily(prefix, operation) {
  if (prefix === 'ec2') return /^(Describe|Get|List|Search)/.test(operation) ? 'ec2:describe' : 'ec2';
  return prefix;
}
export const DEFAULT_ADAPTIVE = { decrease: 0.5, recoverPerSecond: 0.05, floor: 0.05 };
/**
 * A token bucket that may go into debt: `reserve` always takes a token and says how long
 * the caller must wait for it. Callers therefore queue in arrival order and each waits on a
 * single timer, with no polling.
 */
export class TokenBucket {
  spec;
  adaptive;
  tokens;
  last;
  current;
  lastDecrease = Number.NEGATIVE_INFINITY;
  constructor(spec, now, adaptive = DEFAULT_ADAPTIVE) {
    this.spec = spec;
    this.adaptive = adaptive;
    this.tokens = spec.burst;
    this.last = now;
    this.current = spec.rate;
  }
  /** Current refill rate in tokens per second (lower than the spec after throttles). */
  get rate() {
    return this.current;
  }
  advance(now) {
    const dt = Math.max(0, now - this.last) / 1000;
    if (dt === 0) return;
    // Refill at the rate in force over the interval, then recover the rate linearly.
    this.tokens = Math.min(this.spec.burst, this.tokens + dt * this.current);
    this.current = Math.min(this.spec.rate, this.current + dt * this.adaptive.recoverPerSecond * this.spec.rate);
    this.last = now;
  }
  /** Take one token; returns the milliseconds until it is really available (0 when it is). */
  reserve(now) {
    this.advance(now);
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.current) * 1000);
  }
  /** Take a token only if one is there now (how a server bucket answers: serve or refuse). */
  tryTake(now) {
    this.advance(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
  /**
   * AWS answered "slow down" to a request sent at `sentAt`. Only requests sent after the
   * last decrease count, so one burst of throttles halves the rate once, not once per request.
   */
  throttled(sentAt, now) {
    if (sentAt < this.lastDecrease) return;
    this.advance(now);
    this.current = Math.max(this.spec.rate * this.adaptive.floor, this.current * this.adaptive.decrease);
    // Tokens banked at the old rate would let the next burst through unchanged.
    this.tokens = Math.min(this.tokens, 0);
    this.lastDecrease = now;
  }
}
/** Every bucket of a run. One instance is shared by all clients and accounts. */
export class RateLimiter {
  options;
  buckets = new Map();
  global;
  clock;
  constructor(options = {}) {
    this.options = options;
    this.clock = options.clock ?? SYSTEM_CLOCK;
    // The global cap paces requests 1/N s apart with no burst, so no one-second window ever
    // holds more than N (a burst of N on top of the refill would allow almost 2N in the first second).
    this.global = options.maxRps ? new TokenBucket({ rate: options.maxRps, burst: 1 }, this.clock.now()) : undefined;
  }
  bucket(account, region, family) {
    const id = `${account}|${region}|${family}`;
    let b = this.buckets.get(id);
    if (!b) {
      const spec = this.options.buckets?.[family] ?? DEFAULT_BUCKETS[family] ?? this.options.buckets?.default ?? DEFAULT_BUCKETS.default;
      b = new TokenBucket(spec, this.clock.now(), this.options.adaptive);
      this.buckets.set(id, b);
    }
    return b;
  }
  /**
   * Wait for a token from the bucket, then from the global cap. Returns the time spent
   * waiting in milliseconds. Taking the global token only once the bucket's is due keeps a
   * slow bucket from holding global capacity other buckets could use.
   */
  async acquire(bucket) {
    const start = this.clock.now();
    const wait = bucket.reserve(start);
    if (wait > 0) await this.clock.wait(wait);
    if (this.global) {
      const g = this.global.reserve(this.clock.now());
      if (g > 0) await this.clock.wait(g);
    }
    return this.clock.now() - start;
  }
}

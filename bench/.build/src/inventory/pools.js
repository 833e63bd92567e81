import pLimit, {} from 'p-limit';
export const DEFAULT_POOL_LIMITS = {
  global: 32,
  perService: 8,
  perRegion: 24,
  // IAM is one global endpoint with low, undocumented per-account limits, and CloudTrail's
  // control plane allows only a few calls per second: stay gentle there. S3 bucket-config
  // reads are per bucket and S3 serves thousands per second, so its pool is wider.
  services: { iam: 4, cloudtrail: 4, s3: 24 },
};
/**
 * Bounds every API call three ways. Acquired in a fixed order (service → region → global)
 * so nesting can't deadlock; the narrowest pool comes first so calls queued on a small
 * service pool (IAM) never sit on region slots other services could use. Only single API
 * calls run inside, never a whole collector.
 */
export class Pools {
  limits;
  global;
  byName = new Map();
  constructor(limits = DEFAULT_POOL_LIMITS) {
    this.limits = limits;
    this.global = pLimit(limits.global);
  }
  run(service, region, fn) {
    const svc = this.pool(`svc:${service}:${region}`, this.limits.services?.[service] ?? this.limits.perService);
    const reg = this.pool(`region:${region}`, this.limits.perRegion);
    return svc(() => reg(() => this.global(fn)));
  }
  pool(name, size) {
    let p = this.byName.get(name);
    if (!p) {
      p = pLimit(size);
      this.byName.set(name, p);
    }
    return p;
  }
}

import { classifyKind } from './errors.js';
import { apiFamily, RateLimiter } from './rate.js';
export function awsClient(id, prefix, load) {
  return { id, prefix, load };
}
/** The clients the core itself uses, as specs, so old and new code share one path. */
function builtinSpec(service) {
  return { id: service, prefix: PREFIX[service], load: LOADERS[service] };
}
const LOADERS = {
  accessanalyzer: async () => (await import('@aws-sdk/client-accessanalyzer')).AccessAnalyzerClient,
  cloudtrail: async () => (await import('@aws-sdk/client-cloudtrail')).CloudTrailClient,
  logs: async () => (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient,
  config: async () => (await import('@aws-sdk/client-config-service')).ConfigServiceClient,
  ec2: async () => (await import('@aws-sdk/client-ec2')).EC2Client,
  guardduty: async () => (await import('@aws-sdk/client-guardduty')).GuardDutyClient,
  iam: async () => (await import('@aws-sdk/client-iam')).IAMClient,
  kms: async () => (await import('@aws-sdk/client-kms')).KMSClient,
  organizations: async () => (await import('@aws-sdk/client-organizations')).OrganizationsClient,
  s3: async () => (await import('@aws-sdk/client-s3')).S3Client,
  s3control: async () => (await import('@aws-sdk/client-s3-control')).S3ControlClient,
  securityhub: async () => (await import('@aws-sdk/client-securityhub')).SecurityHubClient,
  sts: async () => (await import('@aws-sdk/client-sts')).STSClient,
};
/** API name prefix per client; mostly the IAM prefix, so names read like policy actions. */
const PREFIX = {
  accessanalyzer: 'access-analyzer',
  cloudtrail: 'cloudtrail',
  logs: 'logs',
  config: 'config',
  ec2: 'ec2',
  guardduty: 'guardduty',
  iam: 'iam',
  kms: 'kms',
  organizations: 'organizations',
  s3: 's3',
  s3control: 's3control',
  securityhub: 'securityhub',
  sts: 'sts',
};
function apiName(prefix, ctx) {
  return `${prefix}:${(ctx.commandName ?? 'Unknown').replace(/Command$/, '')}`;
}
export class AwsClients {
  options;
  stats;
  pools;
  rate;
  account;
  cache = new Map();
  constructor(
    options,
    stats,
    pools,
    /** Shared by every account of a run, so `--max-rps` caps the whole run. */
    rate = new RateLimiter(),
    /** Whose rate buckets these clients draw from; set once the account is known. */
    account = 'self',
  ) {
    this.options = options;
    this.stats = stats;
    this.pools = pools;
    this.rate = rate;
    this.account = account;
  }
  get(service, region) {
    const spec = typeof service === 'string' ? builtinSpec(service) : service;
    const id = `${spec.id}@${region}`;
    let p = this.cache.get(id);
    if (!p) {
      p = this.create(spec, region);
      this.cache.set(id, p);
    }
    return p;
  }
  async create(spec, region) {
    const service = spec.id;
    const Client = await spec.load();
    const o = this.options;
    const config = {
      region,
      retryMode: o.retryMode ?? 'adaptive',
      maxAttempts: o.maxAttempts ?? 8,
      ...(o.credentials ? { credentials: o.credentials } : {}),
      ...(o.profile ? { profile: o.profile } : {}),
      ...(o.endpoint ? { endpoint: o.endpoint } : {}),
      ...(o.endpoint && (service === 's3' || service === 's3control') ? { forcePathStyle: true } : {}),
      ...o.extraConfig,
    };
    const client = new Client(config);
    this.instrument(client.middlewareStack, spec.prefix, region);
    o.configure?.(client, service, region);
    return client;
  }
  instrument(stack, prefix, region) {
    const { stats, pools } = this;
    // Outermost: one slot per logical call (retries included), and the call count. AWS limits
    // apply per account and region, so the service and region pools are per account too (an
    // organisation scan's accounts do not queue behind each other's IAM slots); the global
    // pool still bounds the whole run.
    stack.add(
      (next, ctx) => async (args) => {
        const api = apiName(prefix, ctx);
        return pools.run(prefix, `${this.account}/${region}`, async () => {
          stats.call(api);
          try {
            const res = await next(args);
            stats.done(api, false, res.output.$metadata?.totalRetryDelay ?? 0);
            return res;
          } catch (err) {
            const meta = err.$metadata;
            stats.done(api, true, meta?.totalRetryDelay ?? 0);
            throw err;
          }
        });
      },
      { step: 'initialize', name: 'annexaPoolAndCount', priority: 'high' },
    );
    // Inside the retry loop, before signing: every attempt waits for a token from its
    // account/region/family bucket (so the signature is fresh when it is sent), is counted,
    // and a throttle answer slows that bucket down.
    const { rate } = this;
    stack.addRelativeTo(
      (next, ctx) => async (args) => {
        const api = apiName(prefix, ctx);
        const bucket = rate.bucket(this.account, region, apiFamily(prefix, api.slice(api.indexOf(':') + 1)));
        const waited = await rate.acquire(bucket);
        if (waited > 0) stats.rateWait(api, waited);
        const sentAt = rate.clock.now();
        stats.attempt(api);
        try {
          return await next(args);
        } catch (err) {
          if (classifyKind(err) === 'throttled') {
            stats.throttle(api);
            bucket.throttled(sentAt, rate.clock.now());
          }
          throw err;
        }
      },
      { relation: 'before', toMiddleware: 'httpSigningMiddleware', name: 'annexaRateAndAttempts' },
    );
  }
}

/**
 * Lazily constructed SDK clients, one per service and region, each carrying the
 * middleware that counts calls and bounds concurrency. SDK modules are imported on
 * first use so `annexa --help` does not pay for them.
 */
import type { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { GuardDutyClient } from '@aws-sdk/client-guardduty';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3ControlClient } from '@aws-sdk/client-s3-control';
import type { SecurityHubClient } from '@aws-sdk/client-securityhub';
import type { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { ApiStats } from '../../inventory/api-stats.js';
import type { Pools } from '../../inventory/pools.js';
import { connectionFailure, DEFAULT_TIMEOUTS, type NetworkTimeouts, timedOut } from '../../inventory/timeouts.js';
import { classifyKind } from './errors.js';
import { apiFamily, RateLimiter } from './rate.js';

export interface ClientTypes {
  accessanalyzer: AccessAnalyzerClient;
  cloudtrail: CloudTrailClient;
  logs: CloudWatchLogsClient;
  config: ConfigServiceClient;
  ec2: EC2Client;
  guardduty: GuardDutyClient;
  iam: IAMClient;
  kms: KMSClient;
  organizations: OrganizationsClient;
  s3: S3Client;
  s3control: S3ControlClient;
  securityhub: SecurityHubClient;
  sts: STSClient;
}
export type ServiceId = keyof ClientTypes;

type Ctor = new (config: Record<string, unknown>) => ClientTypes[ServiceId];

/** An SDK client constructor, whatever its service. */
export type AwsClientCtor<C> = new (config: Record<string, unknown>) => C;

/**
 * How a service folder names its SDK client, so a new service needs no table here:
 * `awsClient('rds', 'rds', async () => (await import('@aws-sdk/client-rds')).RDSClient)`.
 * `prefix` is the IAM prefix that API names are counted under (`rds:DescribeDBInstances`).
 */
export interface AwsClientSpec<C> {
  readonly id: string;
  readonly prefix: string;
  readonly load: () => Promise<AwsClientCtor<C>>;
}

export function awsClient<C>(id: string, prefix: string, load: () => Promise<AwsClientCtor<C>>): AwsClientSpec<C> {
  return { id, prefix, load };
}

/** The clients the core itself uses, as specs, so old and new code share one path. */
function builtinSpec(service: ServiceId): AwsClientSpec<ClientTypes[ServiceId]> {
  return { id: service, prefix: PREFIX[service], load: LOADERS[service] };
}

const LOADERS: Record<ServiceId, () => Promise<Ctor>> = {
  accessanalyzer: async () => (await import('@aws-sdk/client-accessanalyzer')).AccessAnalyzerClient as unknown as Ctor,
  cloudtrail: async () => (await import('@aws-sdk/client-cloudtrail')).CloudTrailClient as unknown as Ctor,
  logs: async () => (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient as unknown as Ctor,
  config: async () => (await import('@aws-sdk/client-config-service')).ConfigServiceClient as unknown as Ctor,
  ec2: async () => (await import('@aws-sdk/client-ec2')).EC2Client as unknown as Ctor,
  guardduty: async () => (await import('@aws-sdk/client-guardduty')).GuardDutyClient as unknown as Ctor,
  iam: async () => (await import('@aws-sdk/client-iam')).IAMClient as unknown as Ctor,
  kms: async () => (await import('@aws-sdk/client-kms')).KMSClient as unknown as Ctor,
  organizations: async () => (await import('@aws-sdk/client-organizations')).OrganizationsClient as unknown as Ctor,
  s3: async () => (await import('@aws-sdk/client-s3')).S3Client as unknown as Ctor,
  s3control: async () => (await import('@aws-sdk/client-s3-control')).S3ControlClient as unknown as Ctor,
  securityhub: async () => (await import('@aws-sdk/client-securityhub')).SecurityHubClient as unknown as Ctor,
  sts: async () => (await import('@aws-sdk/client-sts')).STSClient as unknown as Ctor,
};

/** API name prefix per client; mostly the IAM prefix, so names read like policy actions. */
const PREFIX: Record<ServiceId, string> = {
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

export interface AwsClientOptions {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  profile?: string;
  /** Custom endpoint (LocalStack and friends); S3 then uses path-style addressing. */
  endpoint?: string;
  retryMode?: 'standard' | 'adaptive';
  maxAttempts?: number;
  /** Connect and per-attempt request timeouts, and the scan's deadline (DEFAULT_TIMEOUTS when absent). */
  timeouts?: NetworkTimeouts;
  /** Extra client config, e.g. a test retry strategy or request handler. */
  extraConfig?: Record<string, unknown>;
  /** Called on each new client, before first use (tests install fakes here). */
  configure?: (client: ClientTypes[ServiceId], service: ServiceId, region: string) => void;
}

/** The SDK builds its NodeHttpHandler from this; without it a silent endpoint hangs forever. */
export function requestHandlerConfig(t: NetworkTimeouts = DEFAULT_TIMEOUTS): Record<string, unknown> {
  return { connectionTimeout: t.connectMs, requestTimeout: t.requestMs, throwOnRequestTimeout: true };
}

type Stack = {
  add(mw: unknown, opts: { step: string; name: string; priority?: string; tags?: string[] }): void;
  addRelativeTo(mw: unknown, opts: { relation: 'before' | 'after'; toMiddleware: string; name: string }): void;
};
type Next = (args: unknown) => Promise<{ output: { $metadata?: { attempts?: number; totalRetryDelay?: number } } }>;
type Ctx = { commandName?: string };
type Send = (command: unknown, options?: unknown, ...rest: unknown[]) => Promise<unknown>;

function apiName(prefix: string, ctx: Ctx): string {
  return `${prefix}:${(ctx.commandName ?? 'Unknown').replace(/Command$/, '')}`;
}

/**
 * Client config that sends every request to a custom endpoint (LocalStack and friends).
 * Operations with a host prefix (`{AccountId}.` on S3 Control, `data.` and the like elsewhere)
 * would prepend it to the endpoint's host; `disableHostPrefix` stops that. S3 Control's
 * endpoint rules also put the account id in the host (`111122223333.127.0.0.1` is not a valid
 * URL), so its endpoint is fixed outright; the account id still travels in its header. S3 uses
 * path-style addressing so bucket names stay out of the host too.
 */
export function customEndpoint(service: string, endpoint: string): Record<string, unknown> {
  const config: Record<string, unknown> = { endpoint, disableHostPrefix: true };
  if (service === 's3' || service === 's3control') config.forcePathStyle = true;
  if (service === 's3control') config.endpointProvider = () => ({ url: new URL(endpoint) });
  return config;
}

export class AwsClients {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(
    private readonly options: AwsClientOptions,
    private readonly stats: ApiStats,
    private readonly pools: Pools,
    /** Shared by every account of a run, so `--max-rps` caps the whole run. */
    private readonly rate: RateLimiter = new RateLimiter(),
    /** Whose rate buckets these clients draw from; set once the account is known. */
    public account = 'self',
  ) {}

  get<S extends ServiceId>(service: S, region: string): Promise<ClientTypes[S]>;
  get<C>(service: AwsClientSpec<C>, region: string): Promise<C>;
  get(service: ServiceId | AwsClientSpec<unknown>, region: string): Promise<unknown> {
    const spec = typeof service === 'string' ? builtinSpec(service) : service;
    const id = `${spec.id}@${region}`;
    let p = this.cache.get(id);
    if (!p) {
      p = this.create(spec, region);
      this.cache.set(id, p);
    }
    return p;
  }

  private async create(spec: AwsClientSpec<unknown>, region: string): Promise<unknown> {
    const service = spec.id;
    const Client = await spec.load();
    const o = this.options;
    const config: Record<string, unknown> = {
      region,
      retryMode: o.retryMode ?? 'adaptive',
      maxAttempts: o.maxAttempts ?? 8,
      ...(o.credentials ? { credentials: o.credentials } : {}),
      ...(o.profile ? { profile: o.profile } : {}),
      ...(o.endpoint ? customEndpoint(service, o.endpoint) : {}),
      requestHandler: requestHandlerConfig(this.timeouts),
      ...o.extraConfig,
    };
    const client = new Client(config) as { middlewareStack: unknown; send: Send };
    this.instrument(client.middlewareStack as Stack, spec.prefix, region);
    this.bindDeadline(client);
    o.configure?.(client as ClientTypes[ServiceId], service as ServiceId, region);
    return client;
  }

  private get timeouts(): NetworkTimeouts {
    return this.options.timeouts ?? DEFAULT_TIMEOUTS;
  }

  /**
   * Every call carries the deadline's signal, so the SDK aborts the socket in flight and its
   * retry loop stops waiting once the scan's time is up.
   */
  private bindDeadline(client: { send: Send }): void {
    const signal = this.timeouts.deadline?.signal;
    if (!signal) return;
    const send = client.send.bind(client);
    client.send = (command, options, ...rest) =>
      typeof options === 'function'
        ? send(command, options, ...rest)
        : send(command, { abortSignal: signal, ...(options as object | undefined) }, ...rest);
  }

  /** A wait (for a rate token) that gives up when the deadline passes, so no call outlives it queued. */
  private beforeDeadline<T>(wait: Promise<T>): Promise<T> {
    const signal = this.timeouts.deadline?.signal;
    if (!signal) return wait;
    if (signal.aborted) return Promise.reject(timedOut('deadline', this.timeouts));
    return new Promise<T>((resolve, reject) => {
      const stop = (): void => reject(timedOut('deadline', this.timeouts));
      signal.addEventListener('abort', stop, { once: true });
      wait.then(
        (v) => {
          signal.removeEventListener('abort', stop);
          resolve(v);
        },
        (err: unknown) => {
          signal.removeEventListener('abort', stop);
          reject(err);
        },
      );
    });
  }

  /** A network failure restated as one line naming the limit hit or the connection's fate. */
  private networkError(err: unknown): unknown {
    const t = this.timeouts;
    if (t.deadline?.signal.aborted) return timedOut('deadline', t);
    // Before the name: the HTTP handler renames a reset socket's error to TimeoutError.
    const reset = connectionFailure(err);
    if (reset) return Object.assign(new Error(reset), { code: (err as { code: string }).code });
    if ((err as { name?: unknown } | null)?.name !== 'TimeoutError') return err;
    const connecting = /establish a connection|without establishing/i.test(String((err as Error).message));
    return timedOut(connecting ? 'connect' : 'request', t);
  }

  private instrument(stack: Stack, prefix: string, region: string): void {
    const { stats, pools } = this;
    // Outermost: one slot per logical call (retries included), and the call count. AWS limits
    // apply per account and region, so the service and region pools are per account too (an
    // organisation scan's accounts do not queue behind each other's IAM slots); the global
    // pool still bounds the whole run.
    stack.add(
      (next: Next, ctx: Ctx) => async (args: unknown) => {
        const api = apiName(prefix, ctx);
        return pools.run(prefix, `${this.account}/${region}`, async () => {
          stats.call(api);
          try {
            // Calls still queued when the deadline passes fail at once, without a request.
            if (this.timeouts.deadline?.signal.aborted) throw timedOut('deadline', this.timeouts);
            const res = await next(args);
            stats.done(api, false, res.output.$metadata?.totalRetryDelay ?? 0);
            return res;
          } catch (err) {
            const meta = (err as { $metadata?: { totalRetryDelay?: number } } | null)?.$metadata;
            stats.done(api, true, meta?.totalRetryDelay ?? 0);
            throw this.networkError(err);
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
      (next: Next, ctx: Ctx) => async (args: unknown) => {
        const api = apiName(prefix, ctx);
        const bucket = rate.bucket(this.account, region, apiFamily(prefix, api.slice(api.indexOf(':') + 1)));
        const waited = await this.beforeDeadline(rate.acquire(bucket));
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

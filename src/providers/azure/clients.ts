/**
 * Lazily constructed ARM SDK clients, one per service and subscription, each carrying the
 * pipeline policies that count calls, bound concurrency and keep the wire JSON. SDK
 * modules are imported on first use so `annexa --help` does not pay for them.
 *
 * ARM limits reads per subscription and principal with a token bucket of about 250 requests
 * refilled at 25 per second, answering 429 with Retry-After once it is empty. Resource
 * Graph (not used: see the collectors) pages at 1,000 rows under its own per-user quota.
 * So calls are bounded per subscription (see AZURE_POOL_LIMITS), and the SDK's own retry
 * policy waits out each Retry-After.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { KeyVaultManagementClient } from '@azure/arm-keyvault';
import type { ManagementLockClient } from '@azure/arm-locks';
import type { ManagementGroupsAPI } from '@azure/arm-managementgroups';
import type { MonitorClient } from '@azure/arm-monitor';
import type { NetworkManagementClient } from '@azure/arm-network';
import type { ResourceManagementClient } from '@azure/arm-resources';
import type { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import type { SecurityCenter } from '@azure/arm-security';
import type { SqlManagementClient } from '@azure/arm-sql';
import type { StorageManagementClient } from '@azure/arm-storage';
import type { HttpClient, PipelinePolicy, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';
import type { ApiStats } from '../../inventory/api-stats.js';
import type { PoolLimits, Pools } from '../../inventory/pools.js';
import { connectionFailure, DEFAULT_TIMEOUTS, type NetworkTimeouts, timedOut } from '../../inventory/timeouts.js';
import type { ArmRestClient } from './arm-rest.js';
import type { AzureCloud } from './credentials.js';
import { armErrorMessages, classifyKind } from './errors.js';
import type { GraphRestClient } from './graph.js';
import { graphApiName } from './graph-names.js';

export interface ClientTypes {
  /** Generic ARM GETs for services without an SDK package here (see arm-rest.ts). */
  arm: ArmRestClient;
  /** Microsoft Graph (Entra ID), tenant-wide; its own endpoint, token scope and credential. */
  graph: GraphRestClient;
  keyvault: KeyVaultManagementClient;
  locks: ManagementLockClient;
  managementGroups: ManagementGroupsAPI;
  monitor: MonitorClient;
  network: NetworkManagementClient;
  resources: ResourceManagementClient;
  security: SecurityCenter;
  sql: SqlManagementClient;
  storage: StorageManagementClient;
  subscriptions: SubscriptionClient;
}
export type AzureServiceId = keyof ClientTypes;

/** Tenant-level clients take no subscription id. */
type Factory = (credential: TokenCredential, subscriptionId: string, options: Record<string, unknown>) => ClientTypes[AzureServiceId];

const LOADERS: Record<AzureServiceId, () => Promise<Factory>> = {
  arm: async () => {
    const { ArmRestClient } = await import('./arm-rest.js');
    return (credential, _s, o) => new ArmRestClient({ ...o, credential, endpoint: String(o.endpoint) });
  },
  graph: async () => {
    const { GraphRestClient } = await import('./graph.js');
    return (credential, _s, o) => new GraphRestClient({ ...o, credential, endpoint: String(o.endpoint) });
  },
  keyvault: async () => {
    const { KeyVaultManagementClient } = await import('@azure/arm-keyvault');
    return (c, s, o) => new KeyVaultManagementClient(c, s, o);
  },
  locks: async () => {
    const { ManagementLockClient } = await import('@azure/arm-locks');
    return (c, s, o) => new ManagementLockClient(c, s, o);
  },
  managementGroups: async () => {
    const { ManagementGroupsAPI } = await import('@azure/arm-managementgroups');
    return (c, _s, o) => new ManagementGroupsAPI(c, o);
  },
  monitor: async () => {
    const { MonitorClient } = await import('@azure/arm-monitor');
    return (c, s, o) => new MonitorClient(c, s, o);
  },
  network: async () => {
    const { NetworkManagementClient } = await import('@azure/arm-network');
    return (c, s, o) => new NetworkManagementClient(c, s, o);
  },
  resources: async () => {
    const { ResourceManagementClient } = await import('@azure/arm-resources');
    return (c, s, o) => new ResourceManagementClient(c, s, o);
  },
  security: async () => {
    const { SecurityCenter } = await import('@azure/arm-security');
    return (c, s, o) => new SecurityCenter(c, s, o);
  },
  sql: async () => {
    const { SqlManagementClient } = await import('@azure/arm-sql');
    return (c, s, o) => new SqlManagementClient(c, s, o);
  },
  storage: async () => {
    const { StorageManagementClient } = await import('@azure/arm-storage');
    return (c, s, o) => new StorageManagementClient(c, s, o);
  },
  subscriptions: async () => {
    const { SubscriptionClient } = await import('@azure/arm-resources-subscriptions');
    return (c, _s, o) => new SubscriptionClient(c, o);
  },
};

/**
 * Calls in flight per subscription ("region" in the pool's terms) and per service within it.
 * Ten reads in flight at ARM's usual 100–300 ms latency stay near the 25/s refill once the
 * 250-read bucket is spent, so a large subscription slows down rather than collecting 429s.
 */
export const AZURE_POOL_LIMITS: PoolLimits = { global: 32, perService: 6, perRegion: 10 };

export interface AzureRetryOptions {
  /** Retries after the first attempt (the SDK default is 3). */
  maxRetries?: number;
  /** Base of the exponential backoff for 5xx and network errors; Retry-After always wins for 429. */
  retryDelayInMs?: number;
  maxRetryDelayInMs?: number;
  /**
   * The longest Retry-After a throttled answer is waited out for (default 60 s). A longer one is
   * cut to this, so one throttled key cannot hold a scan for the minutes a server may ask.
   */
  maxRetryAfterInMs?: number;
}

export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

export interface AzureClientOptions {
  credential: TokenCredential;
  cloud: AzureCloud;
  /** The credential for Microsoft Graph (see azureGraphCredential); `credential` when absent. */
  graphCredential?: TokenCredential;
  /** Replaces the network: tests and the demo replay recorded ARM answers through it. */
  httpClient?: HttpClient;
  retryOptions?: AzureRetryOptions;
  /**
   * Per-attempt request timeout and the scan's deadline (DEFAULT_TIMEOUTS when absent). The
   * Azure HTTP client has no separate connect timeout: the request timeout covers connecting.
   */
  timeouts?: NetworkTimeouts;
}

const CAMEL_CASE: Record<string, string> = { resourcegroups: 'resourceGroups' };

/**
 * `GET /subscriptions/…/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a/blobServices/default`
 * → `Microsoft.Storage/storageAccounts/blobServices:get`. Names come from the URL so every
 * page of a nextLink chain counts under the same API, and read like RBAC actions.
 */
export function armApiName(method: string, url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const p = segments.map((s) => s.toLowerCase()).lastIndexOf('providers');
  let namespace = 'Microsoft.Resources';
  let rest = segments;
  if (p >= 0 && p + 1 < segments.length) {
    namespace = segments[p + 1]!;
    rest = segments.slice(p + 2);
  } else if (rest[2]?.toLowerCase() === 'resourcegroups' && rest.length > 4) {
    // `/subscriptions/s/resourceGroups/rg/resources`: the group's own child collections.
    rest = ['resourceGroups', ...rest.slice(4)];
  }
  // The SDKs write some built-in collections in lower case (`/resourcegroups`); RBAC spells them in camel case.
  const types = rest.filter((_, i) => i % 2 === 0).map((t) => CAMEL_CASE[t.toLowerCase()] ?? t);
  const verb = method.toUpperCase() === 'GET' ? (rest.length % 2 === 1 ? 'list' : 'get') : method.toLowerCase();
  return `${[namespace, ...types].join('/')}:${verb}`;
}

/** The name a call counts under: Graph paths for Graph, RBAC-like names for ARM. */
function apiName(service: AzureServiceId, method: string, url: string): string {
  return service === 'graph' ? graphApiName(method, url) : armApiName(method, url);
}

/** Collectors read answers as ARM sent them; the pipeline hands each 2xx body to whoever asked. */
const wire = new AsyncLocalStorage<unknown[]>();

/**
 * Run SDK calls and return the JSON bodies of their responses (one per page), in order.
 * ARM's wire shape is what the inventory keeps, whichever SDK (and model flavour) fetched it.
 */
export async function wireBodies(run: () => Promise<unknown>): Promise<unknown[]> {
  const bodies: unknown[] = [];
  await wire.run(bodies, run);
  return bodies;
}

/** `error.message` from an ARM error body, when there is one. */
function armErrorMessage(res: PipelineResponse): string | undefined {
  try {
    const body = JSON.parse(res.bodyAsText ?? '') as { error?: { message?: unknown } };
    return typeof body.error?.message === 'string' ? body.error.message : undefined;
  } catch {
    return undefined;
  }
}

/** Parsed Retry-After of a throttled answer, in ms (the SDK's retry policy waits exactly this). */
function retryAfterMs(res: PipelineResponse): number {
  if (res.status !== 429 && res.status !== 503) return 0;
  const ms = Number(res.headers.get('retry-after-ms') ?? res.headers.get('x-ms-retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const secs = Number(res.headers.get('retry-after'));
  return Number.isFinite(secs) && secs > 0 ? secs * 1000 : 0;
}

export class AzureClients {
  private readonly cache = new Map<string, Promise<ClientTypes[AzureServiceId]>>();
  private readonly retryDelays = new WeakMap<PipelineRequest, number>();
  private readonly pendingWaits = new WeakMap<PipelineRequest, number>();

  constructor(
    private readonly options: AzureClientOptions,
    private readonly stats: ApiStats,
    private readonly pools: Pools,
  ) {}

  /** A client bound to one subscription (tenant-level services ignore it). */
  get<S extends AzureServiceId>(service: S, subscriptionId: string): Promise<ClientTypes[S]> {
    const id = `${service}@${subscriptionId}`;
    let p = this.cache.get(id);
    if (!p) {
      p = this.create(service, subscriptionId);
      this.cache.set(id, p);
    }
    return p as Promise<ClientTypes[S]>;
  }

  private async create(service: AzureServiceId, subscriptionId: string): Promise<ClientTypes[AzureServiceId]> {
    const factory = await LOADERS[service]();
    const { cloud, httpClient, retryOptions, credential, graphCredential } = this.options;
    const graph = service === 'graph';
    const endpoint = graph ? cloud.graphEndpoint : cloud.armEndpoint;
    const scope = graph ? cloud.graphScope : cloud.scope;
    const { maxRetryAfterInMs: _bound, ...retry } = retryOptions ?? {};
    return factory(graph ? (graphCredential ?? credential) : credential, subscriptionId, {
      // Older (core-client) clients read `$host` for URLs and `credentialScopes` for tokens;
      // newer (TypeSpec) ones read `endpoint` and `credentials.scopes`. Set both.
      $host: endpoint,
      endpoint,
      credentialScopes: [scope],
      credentials: { scopes: [scope] },
      retryOptions: { maxRetries: 5, ...retry },
      ...(httpClient ? { httpClient } : {}),
      additionalPolicies: [
        { policy: this.perCall(service, subscriptionId), position: 'perCall' },
        { policy: this.perAttempt(service), position: 'perRetry' },
        { policy: this.timeLimits(), position: 'perRetry' },
      ],
    });
  }

  private get timeouts(): NetworkTimeouts {
    return this.options.timeouts ?? DEFAULT_TIMEOUTS;
  }

  /**
   * Every attempt gets the request timeout and the deadline's signal, so an endpoint that never
   * answers ends in an error naming the limit instead of a hang.
   */
  private timeLimits(): PipelinePolicy {
    const t = this.timeouts;
    return {
      name: 'annexaTimeLimits',
      sendRequest: async (req, next) => {
        req.timeout = t.requestMs;
        const deadline = t.deadline?.signal;
        if (deadline) req.abortSignal = req.abortSignal ? AbortSignal.any([req.abortSignal as AbortSignal, deadline]) : deadline;
        try {
          return await next(req);
        } catch (err) {
          if (deadline?.aborted) throw timedOut('deadline', t);
          // The HTTP client aborts a request that outlives `timeout` with a plain AbortError.
          if ((err as { name?: unknown } | null)?.name === 'AbortError') throw timedOut('request', t);
          const reset = connectionFailure(err);
          if (reset) throw Object.assign(new Error(reset), { code: (err as { code: string }).code });
          throw err;
        }
      },
    };
  }

  /** Outside the retry policy: one pool slot and one count per logical call (each page is one). */
  private perCall(service: AzureServiceId, subscriptionId: string): PipelinePolicy {
    const { stats, pools } = this;
    return {
      name: 'annexaPoolAndCount',
      sendRequest: async (req, next) => {
        // Read the caller's sink before queueing: the pool may run us from another context.
        const sink = wire.getStore();
        const api = apiName(service, req.method, req.url);
        const res = await pools.run(service, subscriptionId, async () => {
          stats.call(api);
          try {
            // Calls still queued when the deadline passes fail at once, without a request.
            if (this.timeouts.deadline?.signal.aborted) throw timedOut('deadline', this.timeouts);
            const out = await next(req);
            stats.done(api, out.status >= 400, this.retryDelays.get(req) ?? 0);
            return out;
          } catch (err) {
            // core-client SDKs throw on an error status; the response still carries ARM's message.
            const failed = (err as { response?: PipelineResponse }).response;
            const message = failed && armErrorMessage(failed);
            if (message) armErrorMessages.set(req, message);
            stats.done(api, true, this.retryDelays.get(req) ?? 0);
            throw err;
          }
        });
        if (res.status < 300) {
          if (sink && res.bodyAsText) sink.push(JSON.parse(res.bodyAsText));
        } else {
          const message = armErrorMessage(res);
          if (message) armErrorMessages.set(req, message);
        }
        return res;
      },
    };
  }

  /** Inside the retry loop: sees every attempt, so throttles count even when a retry succeeds. */
  private perAttempt(service: AzureServiceId): PipelinePolicy {
    const { stats } = this;
    const bound = this.options.retryOptions?.maxRetryAfterInMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    return {
      name: 'annexaAttempts',
      sendRequest: async (req, next) => {
        const api = apiName(service, req.method, req.url);
        stats.attempt(api);
        // A retry follows the wait the last throttle asked for; a final 429 is never waited out.
        const waited = this.pendingWaits.get(req);
        if (waited) {
          this.retryDelays.set(req, (this.retryDelays.get(req) ?? 0) + waited);
          this.pendingWaits.delete(req);
        }
        const res = await next(req);
        if (classifyKind({ statusCode: res.status }) === 'throttled') {
          stats.throttle(api);
          const asked = retryAfterMs(res);
          if (asked > bound) {
            // The retry policy reads retry-after-ms first: cutting it there bounds the wait it takes.
            res.headers.set('retry-after-ms', String(bound));
            res.headers.delete('x-ms-retry-after-ms');
          }
          this.pendingWaits.set(req, Math.min(asked, bound));
        }
        return res;
      },
    };
  }
}

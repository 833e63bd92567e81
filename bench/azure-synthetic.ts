/**
 * A synthetic Azure estate for the benchmark: the demo subscription's ARM answers, served for
 * many subscriptions with each subscription-wide resource listing multiplied, through the
 * replay client (so the real SDK pipeline runs: retry, Retry-After, nextLink). Every answer
 * waits a latency, and each subscription sits behind ARM's read bucket (250-request burst,
 * 25 per second refill), answering 429 with Retry-After when it is empty.
 *
 * C_min is "each request once per subscription and parameters": the number of distinct
 * request URLs the estate served. A scan that repeated a request counts more calls than that.
 */
import { createHttpHeaders, type HttpClient, type PipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';
import { DEMO_SUBSCRIPTION } from '../demo/azure/ids.js';
import { demoAzureRoutes } from '../demo/azure/index.js';
import { TokenBucket } from '../src/providers/aws/rate.js';
import { replayClient } from '../src/providers/azure/replay.js';

export interface AzureScenario {
  name: string;
  subscriptions: number;
  /** Copies of each resource in a subscription-wide or resource-group listing. */
  copies: number;
  latencyMs: number;
}

/** ARM's read limits per subscription (and principal): a 250-request bucket refilled at 25 per second. */
export const ARM_BUCKET = { burst: 250, rate: 25 };

export function subscriptionId(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

/** A copy's name: `-r` and three digits, stripped again when a request names it. */
const COPY = /-r\d{3}(?=\/|$)/g;
const SUBSCRIPTION = /\/subscriptions\/([0-9a-f-]{36})/i;
/** `/subscriptions/s[/resourceGroups/rg]/providers/Namespace/type`: a listing of one resource type. */
const LISTING = /^\/subscriptions\/[^/]+(\/resourcegroups\/[^/]+)?\/providers\/[^/]+\/[^/]+$/i;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface AzureEstate extends HttpClient {
  /** Distinct request URLs served, per subscription (`tenant` for tenant-wide ones). */
  readonly distinct: Map<string, Set<string>>;
  readonly resources: Set<string>;
  throttled: number;
  served: number;
}

export function azureEstate(s: AzureScenario): AzureEstate {
  const demo = replayClient(demoAzureRoutes());
  const subs = Array.from({ length: s.subscriptions }, (_, i) => subscriptionId(i));
  const buckets = new Map<string, TokenBucket>();
  const bucket = (key: string): TokenBucket => {
    let b = buckets.get(key);
    if (!b) {
      // A server bucket never adapts; it only refills.
      b = new TokenBucket(ARM_BUCKET, Date.now(), { decrease: 1, recoverPerSecond: 0, floor: 1 });
      buckets.set(key, b);
    }
    return b;
  };
  const estate: AzureEstate = {
    distinct: new Map(),
    resources: new Set(),
    throttled: 0,
    served: 0,
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      await sleep(s.latencyMs);
      const url = new URL(request.url);
      const sub = decodeURIComponent(url.pathname).match(SUBSCRIPTION)?.[1]?.toLowerCase();
      const scope = sub ?? 'tenant';
      if (!bucket(scope).tryTake(Date.now())) {
        estate.throttled++;
        return {
          request,
          status: 429,
          headers: createHttpHeaders({ 'retry-after': '1', 'content-type': 'application/json' }),
          bodyAsText: JSON.stringify({ error: { code: 'TooManyRequests', message: 'Rate exceeded' } }),
        };
      }
      estate.served++;
      const seen = estate.distinct.get(scope) ?? new Set<string>();
      estate.distinct.set(scope, seen);
      seen.add(`${request.method} ${request.url}`);
      const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
      if (request.method === 'GET' && /^\/subscriptions$/i.test(path)) {
        return json(request, {
          value: subs.map((id, i) => ({ id: `/subscriptions/${id}`, subscriptionId: id, displayName: `bench-${i}`, state: 'Enabled' })),
        });
      }
      const demoUrl = new URL(request.url);
      demoUrl.pathname = url.pathname.replace(sub ?? DEMO_SUBSCRIPTION, DEMO_SUBSCRIPTION).replace(COPY, '');
      const answer = await demo.sendRequest({ ...request, url: demoUrl.toString() });
      let text = answer.bodyAsText;
      if (text && sub) {
        text = text.split(DEMO_SUBSCRIPTION).join(sub);
        // A copy's answer names the copy (its children, its nextLinks), not the original.
        for (const [, name, n] of path.matchAll(/\/([^/]+?)-r(\d{3})(?=\/|$)/g))
          text = text.replace(new RegExp(`/${name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[/?"])`, 'g'), `/${name}-r${n}`);
        if (LISTING.test(path) && answer.status === 200) text = multiply(text, s.copies, estate.resources);
      }
      return { ...answer, request, ...(text === undefined ? {} : { bodyAsText: text }) };
    },
  };
  return estate;
}

function json(request: PipelineRequest, body: unknown): PipelineResponse {
  return {
    request,
    status: 200,
    headers: createHttpHeaders({ 'content-type': 'application/json' }),
    bodyAsText: JSON.stringify(body),
  };
}

/** Each resource of a listing `copies` times over, the copies named `<name>-rNNN`. */
function multiply(text: string, copies: number, resources: Set<string>): string {
  const body = JSON.parse(text) as { value?: unknown };
  if (!Array.isArray(body.value)) return text;
  const out: unknown[] = [];
  for (const item of body.value as { id?: unknown; name?: unknown }[]) {
    if (typeof item?.id !== 'string' || typeof item.name !== 'string' || !item.id.endsWith(`/${item.name}`)) {
      out.push(item);
      continue;
    }
    for (let k = 0; k < copies; k++) {
      const name = k === 0 ? item.name : `${item.name}-r${String(k).padStart(3, '0')}`;
      const id = `${item.id.slice(0, -item.name.length)}${name}`;
      resources.add(id.toLowerCase());
      out.push({ ...item, id, name });
    }
  }
  return JSON.stringify({ ...body, value: out });
}

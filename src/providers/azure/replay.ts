/**
 * An in-process stand-in for ARM, used by tests and the demo. It is an `HttpClient`, so the
 * real SDK clients run their whole pipeline (auth, retry, Retry-After, paging through
 * nextLink, error deserialisation) against recorded-shape JSON. Nothing here stubs an SDK method.
 */
import type { HttpClient, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline';

export interface ReplayAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ReplayRequest {
  method: string;
  /** The URL path, without query. */
  path: string;
  query: URLSearchParams;
  url: string;
}

/** Answers one route; may return a different answer per call (see `sequence`), or answer later. */
export type ReplayHandler = (req: ReplayRequest) => ReplayAnswer | Promise<ReplayAnswer>;

/** Routes keyed `GET /subscriptions/{id}/providers/…` (path without query; case-insensitive). */
export type ReplayRoutes = Record<string, ReplayAnswer | ReplayHandler>;

export interface ReplayClient extends HttpClient {
  /** Every request made, as `METHOD path`, in order. */
  readonly requests: string[];
  /** Requests no route answered (each got a 404). Tests assert this is empty. */
  readonly unmatched: string[];
}

export function replayClient(...routeSets: ReplayRoutes[]): ReplayClient {
  const routes = new Map<string, ReplayAnswer | ReplayHandler>();
  for (const set of routeSets) for (const [k, v] of Object.entries(set)) routes.set(k.toLowerCase(), v);
  const requests: string[] = [];
  const unmatched: string[] = [];
  return {
    requests,
    unmatched,
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      const url = new URL(request.url);
      const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
      const key = `${request.method} ${path}`;
      requests.push(key);
      const route = routes.get(key.toLowerCase());
      if (!route) unmatched.push(key);
      const answer = !route
        ? armError(404, 'ReplayNoRoute', `no replay route for ${key}`)
        : typeof route === 'function'
          ? await route({ method: request.method, path, query: url.searchParams, url: request.url })
          : route;
      // Loaded on the first request, so the demo answers every service module imports stay SDK-free.
      const { createHttpHeaders } = await import('@azure/core-rest-pipeline');
      return {
        request,
        status: answer.status ?? 200,
        headers: createHttpHeaders({ 'content-type': 'application/json', ...answer.headers }),
        ...(answer.body === undefined ? {} : { bodyAsText: JSON.stringify(answer.body) }),
      };
    },
  };
}

/** ARM's error body (`{ error: { code, message } }`), which the SDK turns into a RestError. */
export function armError(status: number, code: string, message: string, headers?: Record<string, string>): ReplayAnswer {
  return { status, body: { error: { code, message } }, ...(headers ? { headers } : {}) };
}

/** 403 AuthorizationFailed, worded the way ARM words it. */
export function denied(action: string): ReplayAnswer {
  return armError(403, 'AuthorizationFailed', `The client does not have authorization to perform action '${action}' over scope.`);
}

/** 409 MissingSubscriptionRegistration: the resource provider is not registered in the subscription. */
export function unregistered(namespace: string): ReplayAnswer {
  return armError(409, 'MissingSubscriptionRegistration', `The subscription is not registered to use namespace '${namespace}'.`);
}

/** 429 with a Retry-After in seconds, as ARM throttles. */
export function throttled(retryAfterSeconds: number): ReplayAnswer {
  return armError(429, 'TooManyRequests', 'The request is being throttled.', { 'retry-after': String(retryAfterSeconds) });
}

/** One answer per call, repeating the last. */
export function sequence(...answers: ReplayAnswer[]): ReplayHandler {
  let i = 0;
  return () => answers[Math.min(i++, answers.length - 1)]!;
}

/**
 * A list answered over several pages linked by nextLink (`$skiptoken` = page index), the way
 * ARM pages: the SDK follows the absolute link it is given.
 */
export function pages(...pageItems: unknown[][]): ReplayHandler {
  return (req) => {
    const index = Number(req.query.get('$skiptoken') ?? '0');
    const items = pageItems[index] ?? [];
    const next = new URL(req.url);
    next.searchParams.set('$skiptoken', String(index + 1));
    return { body: { value: items, ...(index + 1 < pageItems.length ? { nextLink: next.toString() } : {}) } };
  };
}

/** A single-page list. */
export function list(items: unknown[]): ReplayAnswer {
  return { body: { value: items } };
}

/** The ARM id of a resource in a resource group, e.g. `Microsoft.Storage/storageAccounts` + `logs1`. */
export function armId(subscriptionId: string, resourceGroup: string, type: string, ...names: string[]): string {
  const [namespace, ...types] = type.split('/');
  // Fewer names than types gives a collection path (`…/flowLogs`).
  const path = types.flatMap((t, i) => (names[i] === undefined ? [t] : [t, names[i]])).join('/');
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${namespace}/${path}`;
}

/** A tracked resource as ARM lists it: id, name, type, location, tags and whatever else is given. */
export function tracked(
  subscriptionId: string,
  resourceGroup: string,
  type: string,
  name: string,
  location: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { id: armId(subscriptionId, resourceGroup, type, name), name, type, location, ...extra };
}

/** The path a collector lists at subscription scope, e.g. `GET /subscriptions/s/providers/Microsoft.Storage/storageAccounts`. */
export function subscriptionList(subscriptionId: string, type: string): string {
  return `GET /subscriptions/${subscriptionId}/providers/${type}`;
}

/** The path of a Microsoft Graph v1.0 route, e.g. `GET /v1.0/policies/authorizationPolicy`. */
export function graphRoute(path: string): string {
  return `GET /v1.0${path}`;
}

/** A Graph collection over several pages linked by `@odata.nextLink` (`$skiptoken` = page index), as Graph pages. */
export function graphPages(...pageItems: unknown[][]): ReplayHandler {
  return (req) => {
    const index = Number(req.query.get('$skiptoken') ?? '0');
    const next = new URL(req.url);
    next.searchParams.set('$skiptoken', String(index + 1));
    return { body: { value: pageItems[index] ?? [], ...(index + 1 < pageItems.length ? { '@odata.nextLink': next.toString() } : {}) } };
  };
}

/** 403 as Graph words a missing application permission. */
export function graphDenied(): ReplayAnswer {
  return armError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}

/** 403 as Graph answers a tenant without the Entra ID P1/P2 licence a feature needs (sign-in activity, PIM). */
export function graphUnlicensed(): ReplayAnswer {
  return armError(
    403,
    'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    "Neither tenant is B2C or tenant doesn't have premium license",
  );
}

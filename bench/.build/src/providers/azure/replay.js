/**
 * An in-process stand-in for ARM, used by tests and the demo. It is an `HttpClient`, so the
 * real SDK clients run their whole pipeline (auth, retry, Retry-After, paging through
 * nextLink, error deserialisation) against recorded-shape JSON. Nothing here stubs an SDK method.
 */
import { createHttpHeaders } from '@azure/core-rest-pipeline';
export function replayClient(...routeSets) {
  const routes = new Map();
  for (const set of routeSets) for (const [k, v] of Object.entries(set)) routes.set(k.toLowerCase(), v);
  const requests = [];
  const unmatched = [];
  return {
    requests,
    unmatched,
    async sendRequest(request) {
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
export function armError(status, code, message, headers) {
  return { status, body: { error: { code, message } }, ...(headers ? { headers } : {}) };
}
/** 403 AuthorizationFailed, worded the way ARM words it. */
export function denied(action) {
  return armError(403, 'AuthorizationFailed', `The client does not have authorization to perform action '${action}' over scope.`);
}
/** 409 MissingSubscriptionRegistration: the resource provider is not registered in the subscription. */
export function unregistered(namespace) {
  return armError(409, 'MissingSubscriptionRegistration', `The subscription is not registered to use namespace '${namespace}'.`);
}
/** 429 with a Retry-After in seconds, as ARM throttles. */
export function throttled(retryAfterSeconds) {
  return armError(429, 'TooManyRequests', 'The request is being throttled.', { 'retry-after': String(retryAfterSeconds) });
}
/** One answer per call, repeating the last. */
export function sequence(...answers) {
  let i = 0;
  return () => answers[Math.min(i++, answers.length - 1)];
}
/**
 * A list answered over several pages linked by nextLink (`$skiptoken` = page index), the way
 * ARM pages: the SDK follows the absolute link it is given.
 */
export function pages(...pageItems) {
  return (req) => {
    const index = Number(req.query.get('$skiptoken') ?? '0');
    const items = pageItems[index] ?? [];
    const next = new URL(req.url);
    next.searchParams.set('$skiptoken', String(index + 1));
    return { body: { value: items, ...(index + 1 < pageItems.length ? { nextLink: next.toString() } : {}) } };
  };
}
/** A single-page list. */
export function list(items) {
  return { body: { value: items } };
}
/** The ARM id of a resource in a resource group, e.g. `Microsoft.Storage/storageAccounts` + `logs1`. */
export function armId(subscriptionId, resourceGroup, type, ...names) {
  const [namespace, ...types] = type.split('/');
  // Fewer names than types gives a collection path (`…/flowLogs`).
  const path = types.flatMap((t, i) => (names[i] === undefined ? [t] : [t, names[i]])).join('/');
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${namespace}/${path}`;
}
/** A tracked resource as ARM lists it: id, name, type, location, tags and whatever else is given. */
export function tracked(subscriptionId, resourceGroup, type, name, location, extra = {}) {
  return { id: armId(subscriptionId, resourceGroup, type, name), name, type, location, ...extra };
}
/** The path a collector lists at subscription scope, e.g. `GET /subscriptions/s/providers/Microsoft.Storage/storageAccounts`. */
export function subscriptionList(subscriptionId, type) {
  return `GET /subscriptions/${subscriptionId}/providers/${type}`;
}

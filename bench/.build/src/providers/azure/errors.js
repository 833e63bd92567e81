const DENIED = new Set([
  'AuthorizationFailed',
  'LinkedAuthorizationFailed',
  'InvalidAuthenticationToken',
  'ExpiredAuthenticationToken',
  'InvalidAuthenticationTokenTenant',
  'AuthenticationFailed',
  'Forbidden',
]);
// ARM answers 409 MissingSubscriptionRegistration when the subscription never registered the
// resource provider: there is nothing of that type to read, which is "not here", not "denied".
const UNSUPPORTED = new Set(['MissingSubscriptionRegistration', 'NoRegisteredProviderFound', 'SubscriptionNotRegistered']);
const NOT_FOUND = new Set(['ResourceNotFound', 'ResourceGroupNotFound', 'SubscriptionNotFound', 'NotFound', 'ParentResourceNotFound']);
const THROTTLED = new Set(['TooManyRequests', 'SubscriptionRequestsThrottled', 'TenantRequestsThrottled', 'RateLimitExceeded']);
/**
 * ARM's own error message per failed request. The TypeSpec-generated SDKs replace it with
 * "Pagination failed with unexpected statusCode 403" when a page fails, so the pipeline
 * keeps it here and `classify` puts it back.
 */
export const armErrorMessages = new WeakMap();
export function errorCode(err) {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err;
  return e.code ?? (e.name && e.name !== 'Error' && e.name !== 'RestError' ? e.name : undefined);
}
/** The HTTP status of a failed ARM call (core-rest-pipeline's RestError carries it). */
export function httpStatus(err) {
  return typeof err === 'object' && err !== null ? err.statusCode : undefined;
}
export function classifyKind(err) {
  const code = errorCode(err) ?? '';
  const status = httpStatus(err);
  if (DENIED.has(code)) return 'denied';
  if (UNSUPPORTED.has(code)) return 'unsupported';
  if (THROTTLED.has(code)) return 'throttled';
  if (NOT_FOUND.has(code)) return 'not_found';
  if (status === 401 || status === 403) return 'denied';
  if (status === 429) return 'throttled';
  if (status === 404) return 'not_found';
  return 'unknown';
}
/** A failed call wrapped with the API it was, so the store can name it; `classify` unwraps it. */
class ArmCallFailed extends Error {
  failure;
  spec;
  constructor(failure, spec) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.failure = failure;
    this.spec = spec;
    this.name = 'ArmCallFailed';
  }
}
export function tagError(err, spec) {
  return err instanceof ArmCallFailed ? err : new ArmCallFailed(err, spec);
}
/** A FetchError naming the API and the RBAC action it needs. */
export function classify(err, fallback) {
  const { failure, spec } = err instanceof ArmCallFailed ? err : { failure: err, spec: fallback };
  const code = errorCode(failure);
  // First line only, and capped: ARM messages can embed long correlation details.
  const request = typeof failure === 'object' && failure !== null ? failure.request : undefined;
  const armMessage = request ? armErrorMessages.get(request) : undefined;
  const message = (armMessage ?? (failure instanceof Error ? failure.message : String(failure))).split('\n')[0].slice(0, 300);
  return { kind: classifyKind(failure), api: spec.api, action: spec.actions.join(', '), ...(code ? { code } : {}), message };
}

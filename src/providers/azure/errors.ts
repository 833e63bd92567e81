import type { ApiSpec } from '../../inventory/collector.js';
import type { FetchError, FetchErrorKind } from '../../model/fetched.js';
import { redactText } from '../../redaction/secret-patterns.js';

const DENIED = new Set([
  'AuthorizationFailed',
  'LinkedAuthorizationFailed',
  'InvalidAuthenticationToken',
  'ExpiredAuthenticationToken',
  'InvalidAuthenticationTokenTenant',
  'AuthenticationFailed',
  'Forbidden',
  // Microsoft Graph: the app lacks the permission, or no Graph token could be had at all.
  'Authorization_RequestDenied',
  'CredentialUnavailableError',
]);
// ARM answers 409 MissingSubscriptionRegistration when the subscription never registered the
// resource provider: there is nothing of that type to read, which is "not here", not "denied".
const UNSUPPORTED = new Set(['MissingSubscriptionRegistration', 'NoRegisteredProviderFound', 'SubscriptionNotRegistered']);
/**
 * Graph answers these when the tenant's licence lacks the feature (sign-in activity and Conditional
 * Access need Entra ID P1, PIM and risk policies P2): the data does not exist for this tenant, which
 * is `unsupported` with that reason, never a permission problem and never a pass.
 */
const LICENCE_GATED = new Set(['Authentication_RequestFromNonPremiumTenantOrB2CTenant', 'AADPremiumLicenseRequired']);
/** The same answer worded in a plain 403 (`Authorization_RequestDenied`, `Forbidden`): it names the licence or SKU. */
const LICENCE_WORDING =
  /premium licen[cs]e|licen[cs]e is required|not licensed|required licen[cs]e|does not have (a|the) (sku|licen[cs]e)|\bP[12] licen[cs]e/i;

const NOT_FOUND = new Set([
  'ResourceNotFound',
  'ResourceGroupNotFound',
  'SubscriptionNotFound',
  'NotFound',
  'ParentResourceNotFound',
  'Request_ResourceNotFound',
]);
const THROTTLED = new Set([
  'TooManyRequests',
  'SubscriptionRequestsThrottled',
  'TenantRequestsThrottled',
  'RateLimitExceeded',
  'activityLimitReached',
]);

interface RestErrorShape {
  name?: string;
  code?: string;
  statusCode?: number;
  message?: string;
  request?: object;
}

/**
 * ARM's own error message per failed request. The TypeSpec-generated SDKs replace it with
 * "Pagination failed with unexpected statusCode 403" when a page fails, so the pipeline
 * keeps it here and `classify` puts it back.
 */
export const armErrorMessages = new WeakMap<object, string>();

export function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as RestErrorShape;
  return e.code ?? (e.name && e.name !== 'Error' && e.name !== 'RestError' ? e.name : undefined);
}

/** The HTTP status of a failed ARM call (core-rest-pipeline's RestError carries it). */
export function httpStatus(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null ? (err as RestErrorShape).statusCode : undefined;
}

export function classifyKind(err: unknown): FetchErrorKind {
  const code = errorCode(err) ?? '';
  const status = httpStatus(err);
  if (LICENCE_GATED.has(code)) return 'unsupported';
  if ((status === 403 || DENIED.has(code)) && LICENCE_WORDING.test((err as RestErrorShape).message ?? '')) return 'unsupported';
  if (DENIED.has(code)) return 'denied';
  if (UNSUPPORTED.has(code)) return 'unsupported';
  if (THROTTLED.has(code)) return 'throttled';
  if (NOT_FOUND.has(code)) return 'not_found';
  if (status === 401 || status === 403) return 'denied';
  if (status === 429) return 'throttled';
  if (status === 404) return 'not_found';
  if (code === 'TimeoutError') return 'timeout';
  return 'unknown';
}

/** A failed call wrapped with the API it was, so the store can name it; `classify` unwraps it. */
class ArmCallFailed extends Error {
  constructor(
    readonly failure: unknown,
    readonly spec: ApiSpec,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.name = 'ArmCallFailed';
  }
}

export function tagError(err: unknown, spec: ApiSpec): unknown {
  return err instanceof ArmCallFailed ? err : new ArmCallFailed(err, spec);
}

/** A FetchError naming the API and the RBAC action it needs. */
export function classify(err: unknown, fallback: ApiSpec): FetchError {
  const { failure, spec } = err instanceof ArmCallFailed ? err : { failure: err, spec: fallback };
  const code = errorCode(failure);
  // First line only, and capped: ARM messages can embed long correlation details.
  const request = typeof failure === 'object' && failure !== null ? (failure as RestErrorShape).request : undefined;
  const armMessage = request ? armErrorMessages.get(request) : undefined;
  // Secrets go before the cut, while a multi-line key or a long token is still whole.
  const raw = redactText(armMessage ?? (failure instanceof Error ? failure.message : String(failure)))
    .split('\n')[0]!
    .slice(0, 300);
  // Without ARM's own message (a proxy's HTML page, an empty body), the status is what tells the user something.
  const status = httpStatus(failure);
  const message = status !== undefined && status >= 300 && !armMessage && !raw.includes(String(status)) ? `HTTP ${status}: ${raw}` : raw;
  return { kind: classifyKind(failure), api: spec.api, action: spec.actions.join(', '), ...(code ? { code } : {}), message };
}

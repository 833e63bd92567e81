import type { ApiSpec } from '../../inventory/collector.js';
import type { FetchError, FetchErrorKind } from '../../model/fetched.js';
import { redactText } from '../../redaction/secret-patterns.js';

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'UnauthorizedAccess',
  'AuthorizationErrorException',
  'Forbidden',
  'InvalidClientTokenId',
]);
/** The SDK's own throttling codes (it retries these): Kinesis, for one, throttles with LimitExceededException. */
const THROTTLED = new Set([
  'Throttling',
  'LimitExceededException',
  'EC2ThrottledException',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'BandwidthLimitExceeded',
]);
const UNSUPPORTED = new Set([
  'OptInRequired',
  'UnsupportedOperation',
  'UnsupportedOperationException',
  'SubscriptionRequiredException',
  'UnrecognizedClientException',
  'AuthFailure',
  'InvalidAction',
  'NotSignedUp',
  'UnknownEndpoint',
]);
const NOT_FOUND = new Set([
  'NoSuchEntity',
  'NoSuchEntityException',
  'NoSuchBucket',
  'NotFoundException',
  'ResourceNotFoundException',
  'NotFound',
  'TrailNotFoundException',
  'NoSuchKey',
]);
/** Credential report not generated yet: AWS's own "try later", not a missing resource. */
const NOT_READY = new Set([
  'ReportInProgress',
  'CredentialReportNotReadyException',
  'CredentialReportNotPresentException',
  'ReportNotPresent',
]);

/** A tag the context puts on errors so the store knows which API failed. */
export const API_TAG = Symbol.for('annexa.api');

interface SdkErrorShape {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number };
  [API_TAG]?: ApiSpec;
}

export function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as SdkErrorShape;
  return e.name && e.name !== 'Error' ? e.name : (e.Code ?? e.code);
}

export function classifyKind(err: unknown): FetchErrorKind {
  const code = errorCode(err) ?? '';
  const status = (err as SdkErrorShape | null)?.$metadata?.httpStatusCode;
  // Codes first: OptInRequired arrives as a 403 but means "not enabled here", not "denied".
  if (NOT_READY.has(code)) return 'throttled';
  if (DENIED.has(code)) return 'denied';
  if (THROTTLED.has(code)) return 'throttled';
  if (UNSUPPORTED.has(code)) return 'unsupported';
  if (NOT_FOUND.has(code)) return 'not_found';
  if (status === 403) return 'denied';
  if (status === 429) return 'throttled';
  if (status === 404) return 'not_found';
  if (code === 'TimeoutError' || code === 'AbortError') return 'timeout';
  // Endpoint does not exist (a service not offered in a region, or a bad custom endpoint).
  if (code === 'ENOTFOUND' || /getaddrinfo ENOTFOUND/.test(String((err as SdkErrorShape).message))) return 'unsupported';
  return 'unknown';
}

/** Codes the SDK gives when it could not read the error body, so they say nothing about the failure. */
const UNREADABLE = new Set(['UnknownError', 'Unknown', 'SyntaxError', 'Error']);

/** The HTTP status of a failed call: in `$metadata`, or on the raw response when deserialising failed. */
export function httpStatus(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as SdkErrorShape;
  return e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
}

/**
 * An error answer whose body the SDK could not parse (an HTML 502 from a proxy, an empty 500)
 * surfaces as "UnknownError" or a JSON parse error; the status is what tells the user something.
 */
function unreadableAnswer(err: unknown, code: string | undefined, raw: string): string | undefined {
  const status = httpStatus(err);
  if (status === undefined || status < 300) return undefined;
  if (code && !UNREADABLE.has(code) && !/Deserialization error|Unexpected token|JSON/i.test(raw)) return undefined;
  return `HTTP ${status} with no readable error body`;
}

export function classify(err: unknown, fallback: ApiSpec): FetchError {
  const spec = (typeof err === 'object' && err !== null && (err as SdkErrorShape)[API_TAG]) || fallback;
  const code = errorCode(err);
  const raw = err instanceof Error ? err.message : String(err);
  const unreadable = unreadableAnswer(err, code, raw);
  return {
    kind: classifyKind(err),
    api: spec.api,
    action: spec.actions.join(', '),
    // The SDK's code for an unreadable body ("UnknownError", "SyntaxError") says nothing: the message has the status.
    ...(code && !unreadable ? { code } : {}),
    // First line only: SDK messages sometimes embed request dumps. Secrets go first, while a
    // multi-line key or a token cut at 300 characters is still whole enough to be recognised.
    message: unreadable ?? redactText(raw).split('\n')[0]!.slice(0, 300),
  };
}

export function tagError(err: unknown, spec: ApiSpec): unknown {
  if (typeof err === 'object' && err !== null && !(API_TAG in err)) {
    Object.defineProperty(err, API_TAG, { value: spec, enumerable: false });
  }
  return err;
}

/**
 * The value of a field a check judges on, or an error (classified `unknown`) when the answer
 * left it out: a missing flag is not "off", so it must never default to a verdict.
 */
export function required<T>(value: T | undefined, api: string, field: string): T {
  if (value === undefined) throw Object.assign(new Error(`${api} returned no ${field}`), { name: 'MissingField' });
  return value;
}

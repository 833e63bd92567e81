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
const THROTTLED = new Set([
  'Throttling',
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
export function errorCode(err) {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err;
  return e.name && e.name !== 'Error' ? e.name : (e.Code ?? e.code);
}
export function classifyKind(err) {
  const code = errorCode(err) ?? '';
  const status = err?.$metadata?.httpStatusCode;
  // Codes first: OptInRequired arrives as a 403 but means "not enabled here", not "denied".
  if (NOT_READY.has(code)) return 'throttled';
  if (DENIED.has(code)) return 'denied';
  if (THROTTLED.has(code)) return 'throttled';
  if (UNSUPPORTED.has(code)) return 'unsupported';
  if (NOT_FOUND.has(code)) return 'not_found';
  if (status === 403) return 'denied';
  if (status === 429) return 'throttled';
  if (status === 404) return 'not_found';
  // Endpoint does not exist (a service not offered in a region, or a bad custom endpoint).
  if (code === 'ENOTFOUND' || /getaddrinfo ENOTFOUND/.test(String(err.message))) return 'unsupported';
  return 'unknown';
}
export function classify(err, fallback) {
  const spec = (typeof err === 'object' && err !== null && err[API_TAG]) || fallback;
  const code = errorCode(err);
  const raw = err instanceof Error ? err.message : String(err);
  return {
    kind: classifyKind(err),
    api: spec.api,
    action: spec.actions.join(', '),
    ...(code ? { code } : {}),
    // First line only: SDK messages sometimes embed request dumps.
    message: raw.split('\n')[0].slice(0, 300),
  };
}
export function tagError(err, spec) {
  if (typeof err === 'object' && err !== null && !(API_TAG in err)) {
    Object.defineProperty(err, API_TAG, { value: spec, enumerable: false });
  }
  return err;
}
/**
 * The value of a field a check judges on, or an error (classified `unknown`) when the answer
 * left it out: a missing flag is not "off", so it must never default to a verdict.
 */
export function required(value, api, field) {
  if (value === undefined) throw Object.assign(new Error(`${api} returned no ${field}`), { name: 'MissingField' });
  return value;
}

/** Why data could not be read. A union, so nothing parses error strings later. */
export type FetchErrorKind = 'denied' | 'throttled' | 'unsupported' | 'not_found' | 'timeout' | 'unknown';

export interface FetchError {
  kind: FetchErrorKind;
  /** The API that failed, e.g. `s3:GetBucketVersioning`. */
  api: string;
  /** The IAM action the caller needs for it, e.g. `s3:GetBucketVersioning`. */
  action: string;
  /** The service's error code, e.g. `AccessDenied`. */
  code?: string;
  message: string;
}

export type Fetched<T> = { ok: true; value: T } | { ok: false; error: FetchError };

/**
 * The one "the answer left out what the verdict needs" error, classified `unknown`: a missing
 * field is never read as off or empty. `action` is what to grant, when it differs from the API.
 */
export function missingData(api: string, message: string, action: string = api): FetchError {
  return { kind: 'unknown', api, action, message };
}

export function ok<T>(value: T): Fetched<T> {
  return { ok: true, value };
}

export function failed<T = never>(error: FetchError): Fetched<T> {
  return { ok: false, error };
}

export function describeFetchError(e: FetchError): string {
  // An explicit deny (often a service control policy) is not fixed by granting more.
  const explicit = e.kind === 'denied' && /explicit deny/i.test(e.message);
  const what: Record<FetchErrorKind, string> = {
    denied: explicit ? `explicitly denied by a policy or SCP; lift the deny on ${e.action}` : `access denied; grant ${e.action}`,
    throttled: 'throttled beyond the retry budget',
    unsupported: 'not supported in this account or region',
    not_found: 'not found',
    // The message names the limit that was hit ("timed out after 5s …").
    timeout: e.message.startsWith('timed out') ? e.message : `timed out: ${e.message}`,
    unknown: `failed: ${e.message}`,
  };
  // A timeout's message already names the limit; its code would only repeat it.
  return `${e.api} ${what[e.kind]}${e.code && e.kind !== 'timeout' ? ` (${e.code})` : ''}`;
}

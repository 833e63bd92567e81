/**
 * Network time limits shared by the AWS and Azure clients: a connect timeout, a timeout per
 * request attempt, and an optional deadline for the whole scan. An endpoint that accepts a
 * connection and never answers must end as an `error` item naming the timeout, never a hang.
 */

export interface NetworkTimeouts {
  /** Time to establish a connection, per attempt. */
  connectMs: number;
  /** Time for one request attempt, from sending to the last byte of the answer. */
  requestMs: number;
  /** Aborts every outstanding and later call of the scan once it passes. */
  deadline?: ScanDeadline;
}

export interface ScanDeadline {
  readonly signal: AbortSignal;
  readonly seconds: number;
}

/**
 * Defaults: a healthy endpoint connects in well under a second; 60 s per attempt leaves room
 * for the slowest list pages (IAM's account authorization details, large S3 listings).
 */
export const DEFAULT_TIMEOUTS: NetworkTimeouts = { connectMs: 10_000, requestMs: 60_000 };

/** A deadline starting now. Its timer does not keep the process alive. */
export function scanDeadline(seconds: number): ScanDeadline {
  return { signal: AbortSignal.timeout(Math.round(seconds * 1000)), seconds };
}

/** The error every call of a scan fails with once its deadline has passed. */
export class TimeoutFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutError';
  }
}

function secs(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))}s`;
}

/** "timed out after 2s (…)", naming the limit that was hit so the user knows which flag to raise. */
export function timedOut(limit: 'connect' | 'request' | 'deadline', t: NetworkTimeouts): TimeoutFailure {
  if (limit === 'deadline')
    return new TimeoutFailure(`timed out: the scan deadline of ${secs((t.deadline?.seconds ?? 0) * 1000)} passed (--deadline)`);
  if (limit === 'connect') return new TimeoutFailure(`timed out after ${secs(t.connectMs)} connecting (--connect-timeout)`);
  return new TimeoutFailure(`timed out after ${secs(t.requestMs)} waiting for the answer (--request-timeout)`);
}

/** Node's codes for a connection the far end dropped or refused. */
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED']);

export function connectionFailure(err: unknown): string | undefined {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !RESET.has(code)) return undefined;
  return code === 'ECONNREFUSED' ? `connection refused (${code})` : `connection reset by the endpoint (${code})`;
}

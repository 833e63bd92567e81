export function ok(value) {
  return { ok: true, value };
}
export function failed(error) {
  return { ok: false, error };
}
export function describeFetchError(e) {
  // An explicit deny (often a service control policy) is not fixed by granting more.
  const explicit = e.kind === 'denied' && /explicit deny/i.test(e.message);
  const what = {
    denied: explicit ? `explicitly denied by a policy or SCP; lift the deny on ${e.action}` : `access denied; grant ${e.action}`,
    throttled: 'throttled beyond the retry budget',
    unsupported: 'not supported in this account or region',
    not_found: 'not found',
    unknown: `failed: ${e.message}`,
  };
  return `${e.api} ${what[e.kind]}${e.code ? ` (${e.code})` : ''}`;
}

export const STATUSES = ['pass', 'fail', 'error', 'not_applicable'];
/** Ordered from most to least severe. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
/** Higher is more severe. */
export function severityRank(s) {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
export function atLeast(s, threshold) {
  return severityRank(s) >= severityRank(threshold);
}
export function isSeverity(v) {
  return SEVERITIES.includes(v);
}

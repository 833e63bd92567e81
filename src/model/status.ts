export const STATUSES = ['pass', 'fail', 'error', 'not_applicable'] as const;
export type Status = (typeof STATUSES)[number];

/** Ordered from most to least severe. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The one severity ordering: sorts most severe first (critical before info). */
export function bySeverity(a: Severity, b: Severity): number {
  return severityRank(b) - severityRank(a);
}

/** Higher is more severe. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) >= severityRank(threshold);
}

export function isSeverity(v: string): v is Severity {
  return (SEVERITIES as readonly string[]).includes(v);
}

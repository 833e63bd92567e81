import { InputError } from '../errors.js';
import type { Collector } from '../inventory/collector.js';
import type { Check } from '../model/check.js';
import { globMatch } from '../model/glob.js';
import type { AnyKey } from '../model/keys.js';
import type { Provider } from '../model/resource.js';
import { atLeast, type Severity } from '../model/status.js';

export interface Selection {
  /** Check ids or globs; empty means all. */
  checks?: readonly string[];
  /** Minimum severity to run. */
  minSeverity?: Severity;
}

export function selectChecks(all: readonly Check[], sel: Selection): Check[] {
  const patterns = sel.checks ?? [];
  for (const p of patterns) {
    if (!all.some((c) => globMatch(p, c.meta.id))) {
      throw new InputError('--checks', `"${p}" matches no check; run \`annexa checks list\` to see ids`);
    }
  }
  return all.filter(
    (c) =>
      (patterns.length === 0 || patterns.some((p) => globMatch(p, c.meta.id))) &&
      (!sel.minSeverity || atLeast(c.meta.severity, sel.minSeverity)),
  );
}

/**
 * The inventory keys needed for the selected checks of one provider, plus whatever those
 * collectors depend on. Nothing outside this set is ever fetched. Checks of other providers
 * are skipped here, once, so no scan path filters them itself.
 */
export function requiredKeys(
  checks: readonly Check[],
  provider: Provider,
  collectors: ReadonlyMap<string, Collector<unknown, never>>,
): AnyKey[] {
  const out = new Map<string, AnyKey>();
  const visit = (key: AnyKey): void => {
    if (out.has(key.id)) return;
    const c = collectors.get(key.id);
    if (!c) throw new Error(`check requires ${key.id} but no collector provides it`);
    out.set(key.id, key);
    for (const dep of c.dependsOn ?? []) visit(dep);
  };
  for (const check of checks) if (check.meta.provider === provider) for (const key of check.meta.requires) visit(key);
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

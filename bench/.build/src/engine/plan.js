import { InputError } from '../errors.js';
import { atLeast } from '../model/status.js';
import { globMatch } from '../providers/check-kit.js';
export function selectChecks(all, sel) {
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
export function requiredKeys(checks, provider, collectors) {
  const out = new Map();
  const visit = (key) => {
    if (out.has(key.id)) return;
    const c = collectors.get(key.id);
    if (!c) throw new Error(`check requires ${key.id} but no collector provides it`);
    out.set(key.id, key);
    for (const dep of c.dependsOn ?? []) visit(dep);
  };
  for (const check of checks) if (check.meta.provider === provider) for (const key of check.meta.requires) visit(key);
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

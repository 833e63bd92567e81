import { atLeast } from '../model/status.js';
import { globMatch } from './check-kit.js';
import { InputError } from '../errors.js';
export function selectChecks(all, sel) {
    const patterns = sel.checks ?? [];
    for (const p of patterns) {
        if (!all.some((c) => globMatch(p, c.meta.id))) {
            throw new InputError('--checks', `"${p}" matches no check; run \`annexa checks list\` to see ids`);
        }
    }
    return all.filter((c) => (patterns.length === 0 || patterns.some((p) => globMatch(p, c.meta.id))) &&
        (!sel.minSeverity || atLeast(c.meta.severity, sel.minSeverity)));
}
/**
 * The inventory keys needed for the selected checks, plus whatever those collectors
 * depend on. Nothing outside this set is ever fetched.
 */
export function requiredKeys(checks, collectors) {
    const out = new Map();
    const visit = (key) => {
        if (out.has(key.id))
            return;
        const c = collectors.get(key.id);
        if (!c)
            throw new Error(`check requires ${key.id} but no collector provides it`);
        out.set(key.id, key);
        for (const dep of c.dependsOn ?? [])
            visit(dep);
    };
    for (const check of checks)
        for (const key of check.meta.requires)
            visit(key);
    return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

import type { Coverage } from '../model/result.js';
import type { FrameworkKey, MappingSet } from './load.js';

export type { Coverage } from '../model/result.js';

/** Controls per check, by framework, for tagging evidence. */
export function controlsByCheck(set: MappingSet): Map<string, Partial<Record<FrameworkKey, string[]>>> {
  const out = new Map<string, Partial<Record<FrameworkKey, string[]>>>();
  for (const l of set.links) {
    const byFw = out.get(l.check) ?? {};
    (byFw[l.framework] ??= []).push(l.control);
    out.set(l.check, byFw);
  }
  return out;
}

export interface ControlCoverage {
  id: string;
  theme: string | undefined;
  title: string;
  /** automated: a check evidences it directly; partial: only supporting checks; manual: none. */
  coverage: Coverage;
  checks: { id: string; strength: 'direct' | 'supporting'; rationale: string }[];
}

/**
 * Coverage of every control in a framework by a set of checks. Honest by construction:
 * a control with no direct link is never called automated.
 */
export function frameworkCoverage(set: MappingSet, framework: FrameworkKey, checkIds: readonly string[]): ControlCoverage[] {
  const cat = set.catalogues.find((c) => c.framework === framework);
  if (!cat) return [];
  const active = new Set(checkIds);
  return cat.controls.map((c) => {
    const links = set.links.filter((l) => l.framework === framework && l.control === c.id && active.has(l.check));
    const coverage: Coverage = links.some((l) => l.strength === 'direct') ? 'automated' : links.length ? 'partial' : 'manual';
    return {
      id: c.id,
      theme: c.theme,
      title: c.title,
      coverage,
      checks: links.map((l) => ({ id: l.check, strength: l.strength, rationale: l.rationale })).sort((a, b) => a.id.localeCompare(b.id)),
    };
  });
}

/**
 * Checks a framework leaves out, each with why: a derived framework covers a check only through
 * the controls its crosswalk places (e.g. 27032's guideline areas), so a check whose 2022 controls
 * sit outside them is unmapped there by construction, and says so rather than vanishing.
 */
export function unmappedChecks(set: MappingSet, framework: FrameworkKey, checkIds: readonly string[]): { id: string; reason: string }[] {
  const mapped = new Set(set.links.filter((l) => l.framework === framework).map((l) => l.check));
  const crosswalk = set.crosswalks.find((c) => c.from === framework);
  return checkIds
    .filter((id) => !mapped.has(id))
    .map((id) => {
      if (!crosswalk) return { id, reason: `no link to ${framework} in its service's links.yaml` };
      const via = set.links.filter((l) => l.check === id && l.framework === crosswalk.to).map((l) => l.control);
      return {
        id,
        reason: via.length
          ? `its ${crosswalk.to} controls (${[...new Set(via)].join(', ')}) fall under no ${framework} entry of the crosswalk`
          : `it has no ${crosswalk.to} link to carry over`,
      };
    });
}

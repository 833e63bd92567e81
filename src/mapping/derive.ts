import type { Catalogue, Crosswalk, Link, Strength } from './types.js';

/**
 * Links to the older edition of a crosswalk, carried over from the links to the newer edition. Any
 * check mapped to the newer edition (including checks added later, for any provider) is then covered
 * by the older edition with no further mapping work.
 *
 * Honesty rule: where a newer control merged several older ones, the check may evidence one of them
 * and not the others, so the derived links are only `supporting`. Hand-written links to the older
 * edition, already in `links`, win over derived ones for the same check and control; that is how a
 * mapping author says which merged control a check evidences directly.
 */
export function deriveLinks(crosswalk: Crosswalk, links: readonly Link[], source: Catalogue | undefined): Link[] {
  const predecessors = new Map<string, string[]>();
  for (const [older, newer] of Object.entries(crosswalk.map)) {
    for (const id of newer) predecessors.set(id, [...(predecessors.get(id) ?? []), older]);
  }
  const titles = new Map(source?.controls.map((c) => [c.id, c.title]));
  const handWritten = new Set(links.filter((l) => l.framework === crosswalk.from).map((l) => `${l.check}|${l.control}`));
  const out = new Map<string, Link>();
  for (const l of links) {
    if (l.framework !== crosswalk.to) continue;
    const olders = predecessors.get(l.control) ?? [];
    const merged = olders.length > 1;
    const strength: Strength = merged ? 'supporting' : l.strength;
    const note = merged && l.strength === 'direct' ? ` (merges ${olders.join(', ')}, so supporting here)` : '';
    const through = [l.control, titles.get(l.control)].filter(Boolean).join(' ');
    for (const older of olders) {
      const key = `${l.check}|${older}`;
      if (handWritten.has(key)) continue;
      // Two newer controls can lead back to the same older one (A.5.36 and A.8.8 both to A.18.2.3); keep the stronger.
      const prev = out.get(key);
      if (prev && (prev.strength === 'direct' || strength === 'supporting')) continue;
      out.set(key, {
        check: l.check,
        framework: crosswalk.from,
        control: older,
        strength,
        rationale: `Through ${crosswalk.via ?? crosswalk.to} ${through}${note}: ${l.rationale}`,
        file: `mappings/${crosswalk.file}`,
        via: { framework: crosswalk.to, control: l.control },
      });
    }
  }
  return [...out.values()];
}

import type { MappingSet } from './load.js';

/** Every semantic problem in a mapping set; empty means valid. */
export function mappingProblems(set: MappingSet, checkIds: readonly string[]): string[] {
  const problems: string[] = [];
  const known = new Set(checkIds);
  for (const cat of set.catalogues) {
    const seen = new Set<string>();
    for (const c of cat.controls) {
      if (seen.has(c.id)) problems.push(`mappings/${cat.file}: duplicate control ${c.id}`);
      seen.add(c.id);
    }
  }
  const ids = new Map(set.catalogues.map((c) => [c.framework, new Set(c.controls.map((x) => x.id))]));
  const pairs = new Set<string>();
  for (const l of set.links) {
    const where = `mappings/${l.file}`;
    const cat = ids.get(l.framework);
    if (!cat) problems.push(`${where}: framework ${l.framework} has no catalogue`);
    else if (!cat.has(l.control)) problems.push(`${where}: ${l.check} links to ${l.control}, which is not in ${l.framework}`);
    if (!known.has(l.check)) problems.push(`${where}: links unknown check ${l.check}`);
    const pair = `${l.framework}|${l.check}|${l.control}`;
    if (pairs.has(pair)) problems.push(`${where}: duplicate link ${l.check} → ${l.control}`);
    pairs.add(pair);
  }
  const mapped = new Set(set.links.filter((l) => l.framework === 'iso27001:2022').map((l) => l.check));
  for (const id of checkIds) if (!mapped.has(id)) problems.push(`check ${id} has no iso27001:2022 mapping`);
  return problems;
}

import type { Crosswalk, MappingSet } from './load.js';

/** A crosswalk must account for every control of both editions, naming only ids that exist. */
function crosswalkProblems(xw: Crosswalk, ids: Map<string, Set<string>>): string[] {
  const where = `mappings/${xw.file}`;
  const from = ids.get(xw.from);
  const to = ids.get(xw.to);
  if (!from || !to) return [`${where}: ${!from ? xw.from : xw.to} has no catalogue`];
  const problems: string[] = [];
  const reached = new Set<string>();
  for (const [older, newer] of Object.entries(xw.map)) {
    if (!from.has(older)) problems.push(`${where}: ${older} is not in ${xw.from}`);
    for (const id of newer) {
      if (!to.has(id)) problems.push(`${where}: ${older} maps to ${id}, which is not in ${xw.to}`);
      reached.add(id);
    }
  }
  for (const id of from) if (!(id in xw.map)) problems.push(`${where}: ${xw.from} control ${id} is not mapped`);
  const isNew = new Set<string>();
  for (const id of xw.new) {
    if (!to.has(id)) problems.push(`${where}: new control ${id} is not in ${xw.to}`);
    if (isNew.has(id)) problems.push(`${where}: new control ${id} is listed twice`);
    if (reached.has(id)) problems.push(`${where}: ${id} is listed as new but a ${xw.from} control maps to it`);
    isNew.add(id);
  }
  for (const id of to)
    if (!reached.has(id) && !isNew.has(id))
      problems.push(`${where}: ${xw.to} control ${id} has no ${xw.from} predecessor and is not marked new`);
  return problems;
}

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
    const where = l.file;
    const cat = ids.get(l.framework);
    if (!cat) problems.push(`${where}: framework ${l.framework} has no catalogue`);
    else if (!cat.has(l.control)) problems.push(`${where}: ${l.check} links to ${l.control}, which is not in ${l.framework}`);
    if (!known.has(l.check)) problems.push(`${where}: links unknown check ${l.check}`);
    const pair = `${l.framework}|${l.check}|${l.control}`;
    if (pairs.has(pair)) problems.push(`${where}: duplicate link ${l.check} → ${l.control}`);
    pairs.add(pair);
  }
  for (const xw of set.crosswalks) problems.push(...crosswalkProblems(xw, ids));
  const mapped = new Set(set.links.filter((l) => l.framework === 'iso27001:2022').map((l) => l.check));
  for (const id of checkIds) if (!mapped.has(id)) problems.push(`check ${id} has no iso27001:2022 mapping`);
  return problems;
}

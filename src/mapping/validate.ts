import type { Catalogue, Crosswalk, MappingSet } from './load.js';

/** One thing wrong in the mapping data: the file it is in and a sentence naming the entry. */
export interface MappingProblem {
  file: string;
  detail: string;
}

/** `file: detail`, as printed. */
export function formatProblem(p: MappingProblem): string {
  return `${p.file}: ${p.detail}`;
}

/** A crosswalk must account for every control of both editions, naming only ids that exist. */
function crosswalkProblems(xw: Crosswalk, ids: Map<string, Set<string>>): MappingProblem[] {
  const file = `mappings/${xw.file}`;
  const problem = (detail: string): MappingProblem => ({ file, detail });
  const from = ids.get(xw.from);
  const to = ids.get(xw.to);
  if (!from || !to) return [problem(`${!from ? xw.from : xw.to} has no catalogue`)];
  const problems: MappingProblem[] = [];
  const reached = new Set<string>();
  for (const [older, newer] of Object.entries(xw.map)) {
    if (!from.has(older)) problems.push(problem(`${older} is not in ${xw.from}`));
    for (const id of newer) {
      if (!to.has(id)) problems.push(problem(`${older} maps to ${id}, which is not in ${xw.to}`));
      reached.add(id);
    }
  }
  for (const id of from) if (!(id in xw.map)) problems.push(problem(`${xw.from} control ${id} is not mapped`));
  const isNew = new Set<string>();
  for (const id of xw.new) {
    if (!to.has(id)) problems.push(problem(`new control ${id} is not in ${xw.to}`));
    if (isNew.has(id)) problems.push(problem(`new control ${id} is listed twice`));
    if (reached.has(id)) problems.push(problem(`${id} is listed as new but a ${xw.from} control maps to it`));
    isNew.add(id);
  }
  for (const id of to)
    if (!reached.has(id) && !isNew.has(id))
      problems.push(problem(`${xw.to} control ${id} has no ${xw.from} predecessor and is not marked new`));
  return problems;
}

function catalogueProblems(cat: Catalogue): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const seen = new Set<string>();
  for (const c of cat.controls) {
    if (seen.has(c.id)) problems.push({ file: `mappings/${cat.file}`, detail: `duplicate control ${c.id}` });
    seen.add(c.id);
  }
  return problems;
}

/**
 * Every semantic problem in a mapping set; empty means valid. `linkFiles` names, per check, the
 * links file an unmapped check should be mapped in (its service's `links.yaml`).
 */
export function mappingProblems(
  set: MappingSet,
  checkIds: readonly string[],
  linkFiles: ReadonlyMap<string, string> = new Map(),
): MappingProblem[] {
  const problems: MappingProblem[] = set.catalogues.flatMap(catalogueProblems);
  const known = new Set(checkIds);
  const catalogues = new Map(set.catalogues.map((c) => [c.framework, c]));
  const ids = new Map(set.catalogues.map((c) => [c.framework, new Set(c.controls.map((x) => x.id))]));
  const firstSeen = new Map<string, string>();
  for (const l of set.links) {
    const entry = `${l.framework} › ${l.check} › ${l.control}`;
    const problem = (detail: string): number => problems.push({ file: l.file, detail: `${entry}: ${detail}` });
    const cat = ids.get(l.framework);
    if (!cat) problem(`${l.framework} has no catalogue in mappings/index.yaml`);
    else if (!cat.has(l.control)) problem(`not a control in the ${catalogues.get(l.framework)?.name} catalogue`);
    if (!known.has(l.check)) problem(`${l.check} is not a check annexa has`);
    const pair = `${l.framework}|${l.check}|${l.control}`;
    const earlier = firstSeen.get(pair);
    if (earlier !== undefined) problem(earlier === l.file ? 'linked twice' : `linked twice (also in ${earlier})`);
    else firstSeen.set(pair, l.file);
  }
  for (const xw of set.crosswalks) problems.push(...crosswalkProblems(xw, ids));
  const mapped = new Set(set.links.filter((l) => l.framework === 'iso27001:2022').map((l) => l.check));
  for (const id of checkIds)
    if (!mapped.has(id))
      problems.push({ file: linkFiles.get(id) ?? 'mappings', detail: `${id}: has no iso27001:2022 link (every check needs one)` });
  return problems;
}

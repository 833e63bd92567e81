import { InputError } from '../errors.js';
import { linkFileName, loadMappings, type MappingSet } from '../mapping/load.js';
import { mappingProblems } from '../mapping/validate.js';
import { PROVIDERS } from '../providers/index.js';
import { ALL_CHECKS, SERVICE_LINK_FILES } from './registry.js';

let validated: MappingSet | undefined;

/**
 * The mapping set with every registered service's links, validated once per process: an unknown
 * control or check, a duplicate link or a crosswalk that misses a control is bad input (exit 2)
 * naming the file and the entry, so a tampered or mistaken mapping never reaches a report.
 */
export function allMappings(): MappingSet {
  if (validated) return validated;
  const set = loadMappings(SERVICE_LINK_FILES);
  const linkFiles = new Map<string, string>();
  for (const s of PROVIDERS.flatMap((p) => p.services))
    if (s.links) for (const c of s.checks) linkFiles.set(c.meta.id, linkFileName(s.links));
  const [first] = mappingProblems(
    set,
    ALL_CHECKS.map((c) => c.meta.id),
    linkFiles,
  );
  if (first) throw new InputError(first.file, first.detail);
  validated = set;
  return set;
}

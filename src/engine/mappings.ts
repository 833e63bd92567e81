import { loadMappings, type MappingSet } from '../mapping/load.js';
import { SERVICE_LINK_FILES } from './registry.js';

/** The mapping set with every registered service's links. */
export function allMappings(): MappingSet {
  return loadMappings(SERVICE_LINK_FILES);
}

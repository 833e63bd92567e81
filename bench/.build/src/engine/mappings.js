import { loadMappings } from '../mapping/load.js';
import { SERVICE_LINK_FILES } from './registry.js';
/** The mapping set with every registered service's links. */
export function allMappings() {
  return loadMappings(SERVICE_LINK_FILES);
}

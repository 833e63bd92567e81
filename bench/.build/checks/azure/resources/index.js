import { resourcesCriticalGroupLocked } from './azure.resources.critical-group-locked.js';
import { resourcesOwnerTagPresent } from './azure.resources.owner-tag-present.js';
/** Sorted by id. */
export const azureResourcesChecks = [resourcesCriticalGroupLocked, resourcesOwnerTagPresent];

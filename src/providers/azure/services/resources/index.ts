import type { AzureCollector } from '../../context.js';
import type { AzureService } from '../../service.js';
import { resourcesCriticalGroupLocked } from './checks/azure.resources.critical-group-locked.js';
import { resourcesOwnerTagPresent } from './checks/azure.resources.owner-tag-present.js';
import { resourceCollectors } from './collect.js';
import { demoAzureResources } from './demo.js';

export const resources: AzureService = {
  id: 'resources',
  collectors: resourceCollectors as readonly AzureCollector<unknown>[],
  // Sorted by id.
  checks: [resourcesCriticalGroupLocked, resourcesOwnerTagPresent],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAzureResources,
};

import type { AzureService } from '../../service.js';
import { recoveryservicesCrossRegionRestore } from './checks/azure.recoveryservices.cross-region-restore.js';
import { recoveryservicesImmutabilityEnabled } from './checks/azure.recoveryservices.immutability-enabled.js';
import { recoveryservicesSoftDeleteEnabled } from './checks/azure.recoveryservices.soft-delete-enabled.js';
import { recoveryCollectors } from './collect.js';
import { recoveryDemo } from './demo.js';

export const recoveryservices: AzureService = {
  id: 'recoveryservices',
  collectors: recoveryCollectors,
  checks: [recoveryservicesCrossRegionRestore, recoveryservicesImmutabilityEnabled, recoveryservicesSoftDeleteEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: recoveryDemo,
};

/** A geo-redundant, immutable production vault and a locally redundant vault with soft delete switched off. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { VAULT } from './state.js';

export const recoveryDemo: ReplayRoutes = {
  [demoList(VAULT)]: page([
    demoArm('rg-data', VAULT, 'acme-backup-prod', {
      securitySettings: {
        softDeleteSettings: { softDeleteState: 'AlwaysON', softDeleteRetentionPeriodInDays: 14 },
        immutabilitySettings: { state: 'Locked' },
      },
      redundancySettings: { standardTierStorageRedundancy: 'GeoRedundant', crossRegionRestore: 'Enabled' },
    }),
    demoArm('rg-legacy', VAULT, 'acme-backup-legacy', {
      securitySettings: { softDeleteSettings: { softDeleteState: 'Disabled' } },
      redundancySettings: { standardTierStorageRedundancy: 'LocallyRedundant', crossRegionRestore: 'Disabled' },
    }),
  ]),
};

/** Recovery Services vaults through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_RECOVERY_VAULTS, type RecoveryVault, VAULT } from './state.js';

const SHAPE: Shape<RecoveryVault> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: {
    securitySettings: {
      softDeleteSettings: { softDeleteState: true, softDeleteRetentionPeriodInDays: true },
      immutabilitySettings: { state: true },
    },
    redundancySettings: { standardTierStorageRedundancy: true, crossRegionRestore: true },
  },
};

export const recoveryCollectors = [
  armList(AZURE_RECOVERY_VAULTS, VAULT, '2024-04-01', SHAPE, withTags),
] as readonly AzureCollector<unknown>[];

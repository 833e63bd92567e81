/** Recovery Services vault state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const VAULT = 'Microsoft.RecoveryServices/vaults';

/** `GET /subscriptions/{id}/providers/Microsoft.RecoveryServices/vaults`. */
export interface RecoveryVault extends ArmResource {
  properties: {
    securitySettings?: {
      /** `softDeleteState`: `Enabled`, `AlwaysON` (irreversible) or `Disabled`. */
      softDeleteSettings?: { softDeleteState?: string; softDeleteRetentionPeriodInDays?: number };
      /** `state`: `Disabled`, `Unlocked` or `Locked`; absent when immutability was never set. */
      immutabilitySettings?: { state?: string };
    };
    redundancySettings?: {
      /** `GeoRedundant`, `LocallyRedundant`, `ZoneRedundant`. */
      standardTierStorageRedundancy?: string;
      /** `Enabled` or `Disabled`. */
      crossRegionRestore?: string;
    };
  };
}

export const AZURE_RECOVERY_VAULTS = inventoryKey<RecoveryVault[]>('azure.recoveryservices.vaults', 'global');

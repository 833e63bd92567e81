import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_RECOVERY_VAULTS, VAULT } from '../state.js';

export const recoveryservicesCrossRegionRestore = itemCheck(
  {
    id: 'azure.recoveryservices.cross-region-restore',
    title: 'Recovery Services vaults can restore in the paired region',
    service: 'recoveryservices',
    resourceType: VAULT,
    severity: 'medium',
    rationale:
      'One result per vault. Passes when storage redundancy is GeoRedundant and `crossRegionRestore` is Enabled, so backups can be restored in the Azure paired region during a regional outage. Fails for locally or zone-redundant vaults, or with cross-region restore off.',
    remediation: {
      text: 'Set the vault to geo-redundant storage (before protecting items) and enable cross-region restore.',
      cli: 'az backup vault backup-properties set --resource-group <group> --name <vault> --backup-storage-redundancy GeoRedundant --cross-region-restore-flag true',
    },
  },
  AZURE_RECOVERY_VAULTS,
  (x) => {
    const r = x.properties.redundancySettings;
    const ok = r?.standardTierStorageRedundancy === 'GeoRedundant' && r.crossRegionRestore === 'Enabled';
    return either(
      ok,
      ['crr-enabled', `Vault ${x.name} can restore in the paired region.`],
      ['crr-disabled', `Vault ${x.name} cannot restore in another region.`],
      { redundancy: r?.standardTierStorageRedundancy ?? null, crossRegionRestore: r?.crossRegionRestore ?? null },
    );
  },
);

import { either, itemCheck, missing } from '../../../service-kit/check.js';
import { listApi } from '../../../service-kit/collect.js';
import { AZURE_RECOVERY_VAULTS, VAULT } from '../state.js';

export const recoveryservicesSoftDeleteEnabled = itemCheck(
  {
    id: 'azure.recoveryservices.soft-delete-enabled',
    title: 'Recovery Services vaults keep deleted backups (soft delete)',
    service: 'recoveryservices',
    resourceType: VAULT,
    severity: 'high',
    rationale:
      'One result per vault. Passes when `softDeleteState` is Enabled or AlwaysON (cannot be turned off again); deleted backup data is then kept for the retention period (14 days or more) and can be undeleted. Fails when Disabled, so an attacker or mistake can delete backups for good. A vault whose answer has no soft delete state is an error.',
    remediation: {
      text: 'Enable soft delete, preferably always-on.',
      cli: 'az backup vault backup-properties set --resource-group <group> --name <vault> --soft-delete-feature-state AlwaysON',
    },
  },
  AZURE_RECOVERY_VAULTS,
  (x) => {
    const s = x.properties.securitySettings?.softDeleteSettings?.softDeleteState;
    if (!s) return missing(listApi(VAULT).api, listApi(VAULT).actions[0]!, `vault ${x.name} reports no soft delete state`);
    return either(
      s !== 'Disabled',
      ['soft-delete-on', `Vault ${x.name} keeps deleted backups (${s}).`],
      ['soft-delete-off', `Vault ${x.name} deletes backups immediately.`],
      { softDeleteState: s },
    );
  },
);

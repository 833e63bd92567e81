import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_RECOVERY_VAULTS, VAULT } from '../state.js';

export const recoveryservicesImmutabilityEnabled = itemCheck(
  {
    id: 'azure.recoveryservices.immutability-enabled',
    title: 'Recovery Services vaults are immutable',
    service: 'recoveryservices',
    resourceType: VAULT,
    severity: 'medium',
    rationale:
      'One result per vault. Passes when immutability is Unlocked or Locked (Locked cannot be reverted), so recovery points cannot be deleted or shortened before they expire. Fails when Disabled or never configured (ARM omits the setting then, which means Disabled).',
    remediation: {
      text: 'Enable vault immutability and lock it once the retention policies are settled.',
      cli: 'az backup vault update --resource-group <group> --name <vault> --immutability-state Locked',
    },
  },
  AZURE_RECOVERY_VAULTS,
  (x) => {
    const s = x.properties.securitySettings?.immutabilitySettings?.state ?? 'Disabled';
    return either(
      s === 'Unlocked' || s === 'Locked',
      ['immutable', `Vault ${x.name} is immutable (${s}).`],
      ['mutable', `Vault ${x.name} lets recovery points be deleted early.`],
      { immutability: s },
    );
  },
);

import { itemCheck } from '../../../service-kit/check.js';
import { onProfile, passwordAuthVerdict } from '../guest-kit.js';
import { AZURE_COMPUTE_SCALE_SETS, VMSS } from '../state.js';

export const computeVmssLinuxPasswordAuthDisabled = itemCheck(
  {
    id: 'azure.compute.vmss-linux-password-auth-disabled',
    title: 'Linux virtual machine scale sets allow SSH key sign-in only',
    service: 'compute',
    resourceType: VMSS,
    severity: 'medium',
    rationale:
      "One result per scale set. For a Linux VM model (the OS disk's `osType`), passes when `virtualMachineProfile.osProfile.linuxConfiguration.disablePasswordAuthentication` is true, so every instance's administrator signs in with an SSH key; fails when it is false, since every instance then accepts the same guessable password. Windows models are not applicable. A model without an OS profile (built from a specialised image: Azure provisions nothing in the guest) is an error naming what is missing, to be checked inside the guest; no permission is named, as none is missing. A Flexible scale set without a VM model is not applicable: its VMs are judged by azure.compute.vm-linux-password-auth-disabled. The model is what is judged, not each instance: under `upgradePolicy.mode` `Manual` instances built before a model change keep their old settings until they are upgraded, so a passing model does not prove every running instance matches it.",
    remediation: {
      text: 'Password authentication is fixed in the OS profile when the scale set is created: recreate it with SSH public keys only, or set PasswordAuthentication no in the image.',
      cli: 'az vmss create ... --authentication-type ssh --ssh-key-values <public-key-file>',
    },
  },
  AZURE_COMPUTE_SCALE_SETS,
  (s) => onProfile(s, (p, subject) => passwordAuthVerdict(p, subject, VMSS)),
);

import { itemCheck } from '../../../service-kit/check.js';
import { hostEncryptionVerdict, onProfile } from '../guest-kit.js';
import { AZURE_COMPUTE_SCALE_SETS, VMSS } from '../state.js';

export const computeVmssEncryptionAtHost = itemCheck(
  {
    id: 'azure.compute.vmss-encryption-at-host',
    title: 'Virtual machine scale sets encrypt at host',
    service: 'compute',
    resourceType: VMSS,
    severity: 'medium',
    rationale:
      "One result per scale set, from its VM model (`virtualMachineProfile.securityProfile.encryptionAtHost`), which every instance is built from. As for a single VM, encryption at host also encrypts each instance's temporary disk and the OS and data disk caches on the host, which server-side disk encryption does not cover. Passes when it is true; fails when it is false or absent, which Microsoft documents as disabled. A Flexible scale set without a VM model (VMs added one by one) is not applicable: those VMs are judged by azure.compute.vm-encryption-at-host. The model is what is judged, not each instance: under `upgradePolicy.mode` `Manual` instances built before a model change keep their old settings until they are upgraded, so a passing model does not prove every running instance matches it.",
    remediation: {
      text: 'Enable encryption at host in the scale set model (the EncryptionAtHost feature must be registered), then upgrade the instances to the latest model.',
      cli: 'az vmss update --resource-group <group> --name <vmss> --set virtualMachineProfile.securityProfile.encryptionAtHost=true && az vmss update-instances --resource-group <group> --name <vmss> --instance-ids "*"',
    },
  },
  AZURE_COMPUTE_SCALE_SETS,
  (s) => onProfile(s, hostEncryptionVerdict),
);

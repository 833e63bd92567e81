import { itemCheck } from '../../../service-kit/check.js';
import { hostEncryptionVerdict } from '../guest-kit.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';

export const computeVmEncryptionAtHost = itemCheck(
  {
    id: 'azure.compute.vm-encryption-at-host',
    title: 'Virtual machines encrypt at host',
    service: 'compute',
    resourceType: VM,
    severity: 'medium',
    rationale:
      "One result per VM. Server-side encryption covers a managed disk's stored data only; encryption at host (`securityProfile.encryptionAtHost`) also encrypts the temporary disk and the OS and data disk caches on the VM's host, and the data as it flows to the storage service. Passes when it is true; fails when it is false or absent, which Microsoft documents as disabled.",
    remediation: {
      text: 'Register the EncryptionAtHost feature for the subscription, deallocate the VM and enable encryption at host.',
      cli: 'az vm deallocate --resource-group <group> --name <vm> && az vm update --resource-group <group> --name <vm> --set securityProfile.encryptionAtHost=true',
    },
  },
  AZURE_COMPUTE_VMS,
  (x) => hostEncryptionVerdict(x.properties, `VM ${x.name}`),
);

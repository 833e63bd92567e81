import { itemCheck } from '../../../service-kit/check.js';
import { passwordAuthVerdict } from '../guest-kit.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';

export const computeVmLinuxPasswordAuthDisabled = itemCheck(
  {
    id: 'azure.compute.vm-linux-password-auth-disabled',
    title: 'Linux virtual machines allow SSH key sign-in only',
    service: 'compute',
    resourceType: VM,
    severity: 'medium',
    rationale:
      "One result per VM. For a Linux VM (the OS disk's `osType`), passes when `osProfile.linuxConfiguration.disablePasswordAuthentication` is true, so the provisioned administrator signs in with an SSH key and cannot be guessed or sprayed with passwords; fails when it is false. Windows VMs are not applicable. A Linux VM without an OS profile was created by attaching a specialised OS disk (`createOption` `Attach`): Microsoft documents the OS profile as the settings Azure applies while provisioning from an image, so for such a VM Azure applied none and ARM cannot tell whether sshd accepts passwords. That is an error naming what is missing and that the guest's sshd configuration must be checked; no permission is missing, so none is named. An OS profile without the flag is an error naming the list API.",
    remediation: {
      text: 'Password authentication is fixed when the VM is created: set PasswordAuthentication no in the guest sshd configuration, or recreate the VM with SSH public keys only.',
      cli: 'az vm create ... --authentication-type ssh --ssh-key-values <public-key-file>',
    },
  },
  AZURE_COMPUTE_VMS,
  (x) => passwordAuthVerdict(x.properties, `VM ${x.name}`, VM),
);

import { either, itemCheck, skip } from '../../../service-kit/check.js';
import { missingFrom, osOf } from '../compute-kit.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';

export const computeVmLinuxPasswordAuthDisabled = itemCheck(
  {
    id: 'azure.compute.vm-linux-password-auth-disabled',
    title: 'Linux virtual machines allow SSH key sign-in only',
    service: 'compute',
    resourceType: VM,
    severity: 'medium',
    rationale:
      "One result per VM. For a Linux VM (the OS disk's `osType`), passes when `osProfile.linuxConfiguration.disablePasswordAuthentication` is true, so the provisioned administrator signs in with an SSH key and cannot be guessed or sprayed with passwords; fails when it is false. Windows VMs are not applicable. A Linux VM without an OS profile (created by attaching a specialised OS disk: ARM then holds no sign-in settings) or without the flag is an error, to be verified inside the guest, never assumed.",
    remediation: {
      text: 'Password authentication is fixed when the VM is created: set PasswordAuthentication no in the guest sshd configuration, or recreate the VM with SSH public keys only.',
      cli: 'az vm create ... --authentication-type ssh --ssh-key-values <public-key-file>',
    },
  },
  AZURE_COMPUTE_VMS,
  (x) => {
    const os = osOf(x);
    if (!os) return missingFrom(VM, `VM ${x.name} reports no OS type`);
    if (os === 'Windows') return skip('windows', `VM ${x.name} runs Windows.`);
    const flag = x.properties.osProfile?.linuxConfiguration?.disablePasswordAuthentication;
    if (flag === undefined)
      return missingFrom(
        VM,
        `Linux VM ${x.name} has no osProfile.linuxConfiguration.disablePasswordAuthentication (a VM from a specialised disk has no OS profile)`,
      );
    return either(
      flag,
      ['ssh-keys-only', `Linux VM ${x.name} accepts SSH keys only.`],
      ['password-auth-enabled', `Linux VM ${x.name} allows password authentication.`],
      { disablePasswordAuthentication: flag },
    );
  },
);

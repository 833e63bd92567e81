import type { AzureService } from '../../service.js';
import { computeDiskCmkEncrypted } from './checks/azure.compute.disk-cmk-encrypted.js';
import { computeDiskPublicNetworkAccessDisabled } from './checks/azure.compute.disk-public-network-access-disabled.js';
import { computeUnattachedDiskCmkEncrypted } from './checks/azure.compute.unattached-disk-cmk-encrypted.js';
import { computeVmAutomaticPatching } from './checks/azure.compute.vm-automatic-patching.js';
import { computeVmEncryptionAtHost } from './checks/azure.compute.vm-encryption-at-host.js';
import { computeVmLinuxPasswordAuthDisabled } from './checks/azure.compute.vm-linux-password-auth-disabled.js';
import { computeVmManagedDisks } from './checks/azure.compute.vm-managed-disks.js';
import { computeVmTrustedLaunch } from './checks/azure.compute.vm-trusted-launch.js';
import { computeCollectors } from './collect.js';
import { computeDemo } from './demo.js';

export const compute: AzureService = {
  id: 'compute',
  collectors: computeCollectors,
  checks: [
    computeDiskCmkEncrypted,
    computeDiskPublicNetworkAccessDisabled,
    computeUnattachedDiskCmkEncrypted,
    computeVmAutomaticPatching,
    computeVmEncryptionAtHost,
    computeVmLinuxPasswordAuthDisabled,
    computeVmManagedDisks,
    computeVmTrustedLaunch,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: computeDemo,
};

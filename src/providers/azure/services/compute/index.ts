import type { AzureService } from '../../service.js';
import { computeDiskCmkEncrypted } from './checks/azure.compute.disk-cmk-encrypted.js';
import { computeDiskPublicNetworkAccessDisabled } from './checks/azure.compute.disk-public-network-access-disabled.js';
import { computeSnapshotCmkEncrypted } from './checks/azure.compute.snapshot-cmk-encrypted.js';
import { computeSnapshotPublicNetworkAccessDisabled } from './checks/azure.compute.snapshot-public-network-access-disabled.js';
import { computeUnattachedDiskCmkEncrypted } from './checks/azure.compute.unattached-disk-cmk-encrypted.js';
import { computeVmAutomaticPatching } from './checks/azure.compute.vm-automatic-patching.js';
import { computeVmEncryptionAtHost } from './checks/azure.compute.vm-encryption-at-host.js';
import { computeVmLinuxPasswordAuthDisabled } from './checks/azure.compute.vm-linux-password-auth-disabled.js';
import { computeVmManagedDisks } from './checks/azure.compute.vm-managed-disks.js';
import { computeVmTrustedLaunch } from './checks/azure.compute.vm-trusted-launch.js';
import { computeVmssAutomaticPatching } from './checks/azure.compute.vmss-automatic-patching.js';
import { computeVmssEncryptionAtHost } from './checks/azure.compute.vmss-encryption-at-host.js';
import { computeVmssLinuxPasswordAuthDisabled } from './checks/azure.compute.vmss-linux-password-auth-disabled.js';
import { computeVmssTrustedLaunch } from './checks/azure.compute.vmss-trusted-launch.js';
import { computeCollectors } from './collect.js';
import { computeDemo } from './demo.js';

export const compute: AzureService = {
  id: 'compute',
  collectors: computeCollectors,
  checks: [
    computeDiskCmkEncrypted,
    computeDiskPublicNetworkAccessDisabled,
    computeSnapshotCmkEncrypted,
    computeSnapshotPublicNetworkAccessDisabled,
    computeUnattachedDiskCmkEncrypted,
    computeVmAutomaticPatching,
    computeVmEncryptionAtHost,
    computeVmLinuxPasswordAuthDisabled,
    computeVmManagedDisks,
    computeVmTrustedLaunch,
    computeVmssAutomaticPatching,
    computeVmssEncryptionAtHost,
    computeVmssLinuxPasswordAuthDisabled,
    computeVmssTrustedLaunch,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: computeDemo,
};

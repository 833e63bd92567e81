import { describe, expect, it } from 'vitest';
import { SUB, scanWith, valueIn } from '../../../../../test/providers/azure/harness.js';
import { pages, tracked } from '../../replay.js';
import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { computeCollectors } from './collect.js';
import {
  AZURE_COMPUTE_DISKS,
  AZURE_COMPUTE_SCALE_SETS,
  AZURE_COMPUTE_SNAPSHOTS,
  AZURE_COMPUTE_VMS,
  DISK,
  SNAPSHOT,
  VM,
  VMSS,
} from './state.js';

// A VM as ARM lists it: the OS profile also carries the admin password, custom data, SSH keys and vault secrets.
const osProfile = {
  adminUsername: 'azureuser',
  adminPassword: 's3cret',
  customData: 's3cret',
  linuxConfiguration: {
    disablePasswordAuthentication: false,
    ssh: { publicKeys: [{ keyData: 's3cret' }] },
    patchSettings: { patchMode: 'ImageDefault', assessmentMode: 'ImageDefault' },
  },
  secrets: [{ sourceVault: { id: 's3cret' } }],
};

describeArmCollectors('compute', computeCollectors, [
  { key: AZURE_COMPUTE_VMS, type: VM, extra: { properties: { osProfile } } },
  { key: AZURE_COMPUTE_SCALE_SETS, type: VMSS, extra: { properties: { virtualMachineProfile: { osProfile } } } },
  { key: AZURE_COMPUTE_DISKS, type: DISK, extra: { properties: { diskState: 'Unattached', encryption: { type: 'x' } } } },
  { key: AZURE_COMPUTE_SNAPSHOTS, type: SNAPSHOT, extra: { properties: { networkAccessPolicy: 'AllowAll', encryption: { type: 'x' } } } },
]);

describe('compute: what a listed VM and disk keep', () => {
  it('keeps the judged fields and no OS profile secret', async () => {
    const vm = tracked(SUB, 'rg', VM, 'vm1', 'westeurope', {
      properties: {
        osProfile,
        storageProfile: { osDisk: { name: 'os', osType: 'Linux', managedDisk: { id: 'd1' }, vhd: { uri: 'https://x/y.vhd' } } },
        securityProfile: { encryptionAtHost: true, securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: true } },
      },
    });
    const disk = tracked(SUB, 'rg', DISK, 'd1', 'westeurope', {
      managedBy: 'vm1-id',
      properties: {
        diskState: 'Attached',
        networkAccessPolicy: 'AllowAll',
        publicNetworkAccess: 'Disabled',
        securityProfile: { securityType: 'ConfidentialVM_DiskEncryptedWithCustomerKey', secureVMDiskEncryptionSetId: 'des1' },
      },
    });
    const routes = {
      [`GET /subscriptions/${SUB}/providers/${VM}`]: pages([vm]),
      [`GET /subscriptions/${SUB}/providers/${DISK}`]: pages([disk]),
    };
    const { snapshots } = await scanWith(routes, [AZURE_COMPUTE_VMS, AZURE_COMPUTE_DISKS], { collectors: computeCollectors as never });
    const [v] = valueIn(snapshots[0]!, AZURE_COMPUTE_VMS);
    expect(v?.properties.osProfile).toEqual({
      linuxConfiguration: {
        disablePasswordAuthentication: false,
        patchSettings: { patchMode: 'ImageDefault', assessmentMode: 'ImageDefault' },
      },
    });
    expect(v?.properties.storageProfile?.osDisk?.vhd?.uri).toBe('https://x/y.vhd');
    expect(v?.properties.securityProfile?.uefiSettings).toEqual({ secureBootEnabled: true });
    expect(valueIn(snapshots[0]!, AZURE_COMPUTE_DISKS)[0]).toMatchObject({
      managedBy: 'vm1-id',
      properties: {
        publicNetworkAccess: 'Disabled',
        securityProfile: { securityType: 'ConfidentialVM_DiskEncryptedWithCustomerKey', secureVMDiskEncryptionSetId: 'des1' },
      },
    });
    expect(JSON.stringify(snapshots[0])).not.toContain('s3cret');
  });
});

describe('compute: what a listed scale set and snapshot keep', () => {
  it('keeps the model and upgrade policy and no OS profile secret', async () => {
    const vmss = tracked(SUB, 'rg', VMSS, 's1', 'westeurope', {
      sku: { name: 'Standard_D2s_v5', capacity: 3 },
      properties: {
        orchestrationMode: 'Uniform',
        upgradePolicy: { mode: 'Rolling', automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true, disableAutomaticRollback: false } },
        virtualMachineProfile: {
          osProfile: { ...osProfile, computerNamePrefix: 's1' },
          storageProfile: { osDisk: { osType: 'Linux', createOption: 'FromImage', managedDisk: { storageAccountType: 'Premium_LRS' } } },
          securityProfile: { encryptionAtHost: true, securityType: 'TrustedLaunch', uefiSettings: { vTpmEnabled: true } },
          extensionProfile: { extensions: [{ properties: { protectedSettings: { key: 's3cret' } } }] },
        },
      },
    });
    const snap = tracked(SUB, 'rg', SNAPSHOT, 'snap1', 'westeurope', {
      properties: {
        incremental: true,
        diskState: 'ActiveSAS',
        networkAccessPolicy: 'AllowAll',
        publicNetworkAccess: 'Enabled',
        encryption: { type: 'EncryptionAtRestWithPlatformKey' },
        creationData: { createOption: 'Copy', sourceResourceId: 's3cret' },
      },
    });
    const routes = {
      [`GET /subscriptions/${SUB}/providers/${VMSS}`]: pages([vmss]),
      [`GET /subscriptions/${SUB}/providers/${SNAPSHOT}`]: pages([snap]),
    };
    const keys = [AZURE_COMPUTE_SCALE_SETS, AZURE_COMPUTE_SNAPSHOTS];
    const { snapshots } = await scanWith(routes, keys, { collectors: computeCollectors as never });
    const [s] = valueIn(snapshots[0]!, AZURE_COMPUTE_SCALE_SETS);
    expect(s?.properties).toEqual({
      orchestrationMode: 'Uniform',
      upgradePolicy: { mode: 'Rolling', automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true } },
      virtualMachineProfile: {
        osProfile: {
          linuxConfiguration: {
            disablePasswordAuthentication: false,
            patchSettings: { patchMode: 'ImageDefault', assessmentMode: 'ImageDefault' },
          },
        },
        storageProfile: { osDisk: { osType: 'Linux', createOption: 'FromImage', managedDisk: { storageAccountType: 'Premium_LRS' } } },
        securityProfile: { encryptionAtHost: true, securityType: 'TrustedLaunch', uefiSettings: { vTpmEnabled: true } },
      },
    });
    expect(valueIn(snapshots[0]!, AZURE_COMPUTE_SNAPSHOTS)[0]?.properties).toEqual({
      incremental: true,
      diskState: 'ActiveSAS',
      networkAccessPolicy: 'AllowAll',
      publicNetworkAccess: 'Enabled',
      encryption: { type: 'EncryptionAtRestWithPlatformKey' },
    });
    expect(JSON.stringify(snapshots[0])).not.toContain('s3cret');
  });
});

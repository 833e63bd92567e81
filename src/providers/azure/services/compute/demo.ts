/**
 * A hardened Linux web VM, a legacy Linux VM on an unmanaged VHD with password sign-in, and a Windows
 * VM on platform-keyed, exportable disks; plus two unattached disks, one CMK-encrypted and private, one not.
 * A hardened Uniform API scale set and a Flexible batch scale set built the old way; a private CMK
 * snapshot of the web VM's disk and a platform-keyed database snapshot exported to the internet right now.
 */
import { demoId } from '../../../../../demo/azure/ids.js';
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { DISK, SNAPSHOT, VM, VMSS } from './state.js';

const WEB_VM = demoId('rg-web', VM, 'acme-web-01');
const WIN_VM = demoId('rg-legacy', VM, 'acme-win-01');
const DES = demoId('rg-sec', 'Microsoft.Compute/diskEncryptionSets', 'acme-des');
const osDisk = (group: string, name: string, osType: string) => ({
  name,
  osType,
  managedDisk: { id: demoId(group, DISK, name), storageAccountType: 'Premium_LRS' },
});

export const computeDemo: ReplayRoutes = {
  [demoList(VM)]: page([
    demoArm('rg-web', VM, 'acme-web-01', {
      storageProfile: { osDisk: osDisk('rg-web', 'acme-web-01-os', 'Linux'), dataDisks: [] },
      securityProfile: {
        encryptionAtHost: true,
        securityType: 'TrustedLaunch',
        uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
      },
      osProfile: {
        adminUsername: 'acmeops',
        linuxConfiguration: {
          disablePasswordAuthentication: true,
          patchSettings: { patchMode: 'AutomaticByPlatform', assessmentMode: 'AutomaticByPlatform' },
        },
      },
    }),
    demoArm('rg-legacy', VM, 'acme-legacy-app-01', {
      storageProfile: {
        osDisk: {
          name: 'legacy-app-01-os',
          osType: 'Linux',
          vhd: { uri: 'https://acmelegacyvhds.blob.core.windows.net/vhds/legacy-app-01-os.vhd' },
        },
        dataDisks: [],
      },
      osProfile: {
        adminUsername: 'admin1',
        linuxConfiguration: {
          disablePasswordAuthentication: false,
          patchSettings: { patchMode: 'ImageDefault', assessmentMode: 'ImageDefault' },
        },
      },
    }),
    demoArm('rg-legacy', VM, 'acme-win-01', {
      storageProfile: { osDisk: osDisk('rg-legacy', 'acme-win-01-os', 'Windows'), dataDisks: [] },
      securityProfile: { securityType: 'Standard' },
      osProfile: {
        adminUsername: 'acmeadmin',
        windowsConfiguration: {
          enableAutomaticUpdates: true,
          patchSettings: { patchMode: 'AutomaticByOS', assessmentMode: 'ImageDefault' },
        },
      },
    }),
  ]),
  [demoList(DISK)]: page([
    demoArm(
      'rg-web',
      DISK,
      'acme-web-01-os',
      {
        diskState: 'Attached',
        osType: 'Linux',
        encryption: { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: DES },
        networkAccessPolicy: 'DenyAll',
        publicNetworkAccess: 'Disabled',
      },
      { managedBy: WEB_VM },
    ),
    demoArm(
      'rg-legacy',
      DISK,
      'acme-win-01-os',
      {
        diskState: 'Attached',
        osType: 'Windows',
        encryption: { type: 'EncryptionAtRestWithPlatformKey' },
        networkAccessPolicy: 'AllowAll',
        publicNetworkAccess: 'Enabled',
      },
      { managedBy: WIN_VM },
    ),
    demoArm('rg-data', DISK, 'acme-db-restore-copy', {
      diskState: 'Unattached',
      encryption: { type: 'EncryptionAtRestWithPlatformAndCustomerKeys', diskEncryptionSetId: DES },
      networkAccessPolicy: 'AllowPrivate',
      publicNetworkAccess: 'Disabled',
    }),
    demoArm('rg-legacy', DISK, 'acme-old-data-disk', {
      diskState: 'Unattached',
      encryption: { type: 'EncryptionAtRestWithPlatformKey' },
      networkAccessPolicy: 'AllowAll',
    }),
  ]),
  [demoList(VMSS)]: page([
    demoArm(
      'rg-web',
      VMSS,
      'acme-api-vmss',
      {
        orchestrationMode: 'Uniform',
        upgradePolicy: { mode: 'Rolling', automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true } },
        virtualMachineProfile: {
          storageProfile: { osDisk: { osType: 'Linux', createOption: 'FromImage', managedDisk: { storageAccountType: 'Premium_LRS' } } },
          securityProfile: {
            encryptionAtHost: true,
            securityType: 'TrustedLaunch',
            uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
          },
          osProfile: { computerNamePrefix: 'api', adminUsername: 'acmeops', linuxConfiguration: { disablePasswordAuthentication: true } },
        },
      },
      { sku: { name: 'Standard_D2s_v5', capacity: 3 } },
    ),
    demoArm(
      'rg-legacy',
      VMSS,
      'acme-batch-vmss',
      {
        orchestrationMode: 'Flexible',
        virtualMachineProfile: {
          storageProfile: { osDisk: { osType: 'Linux', createOption: 'FromImage', managedDisk: { storageAccountType: 'Standard_LRS' } } },
          osProfile: {
            computerNamePrefix: 'batch',
            adminUsername: 'batchadmin',
            linuxConfiguration: { disablePasswordAuthentication: false, patchSettings: { patchMode: 'ImageDefault' } },
          },
        },
      },
      { sku: { name: 'Standard_D4s_v5', capacity: 2 } },
    ),
  ]),
  [demoList(SNAPSHOT)]: page([
    demoArm('rg-web', SNAPSHOT, 'acme-web-01-os-daily', {
      incremental: true,
      encryption: { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: DES },
      networkAccessPolicy: 'DenyAll',
      publicNetworkAccess: 'Disabled',
    }),
    demoArm('rg-data', SNAPSHOT, 'acme-db-before-migration', {
      incremental: false,
      diskState: 'ActiveSAS',
      encryption: { type: 'EncryptionAtRestWithPlatformKey' },
      networkAccessPolicy: 'AllowAll',
      publicNetworkAccess: 'Enabled',
    }),
  ]),
};

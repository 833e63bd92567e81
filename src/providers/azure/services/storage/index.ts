import type { AzureCollector } from '../../context.js';
import type { AzureService } from '../../service.js';
import { storageBlobPublicAccessDisabled } from './checks/azure.storage.blob-public-access-disabled.js';
import { storageBlobSoftDeleteEnabled } from './checks/azure.storage.blob-soft-delete-enabled.js';
import { storageCmkOrInfrastructureEncryption } from './checks/azure.storage.cmk-or-infrastructure-encryption.js';
import { storageMinimumTls } from './checks/azure.storage.minimum-tls.js';
import { storageNetworkRestricted } from './checks/azure.storage.network-restricted.js';
import { storageSecureTransfer } from './checks/azure.storage.secure-transfer.js';
import { storageSharedKeyDisabled } from './checks/azure.storage.shared-key-disabled.js';
import { storageCollectors } from './collect.js';
import { demoAzureStorage } from './demo.js';

export const storage: AzureService = {
  id: 'storage',
  collectors: storageCollectors as readonly AzureCollector<unknown>[],
  // Sorted by id.
  checks: [
    storageBlobPublicAccessDisabled,
    storageBlobSoftDeleteEnabled,
    storageCmkOrInfrastructureEncryption,
    storageMinimumTls,
    storageNetworkRestricted,
    storageSecureTransfer,
    storageSharedKeyDisabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAzureStorage,
};

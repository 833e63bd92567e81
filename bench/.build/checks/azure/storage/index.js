import { storageBlobPublicAccessDisabled } from './azure.storage.blob-public-access-disabled.js';
import { storageBlobSoftDeleteEnabled } from './azure.storage.blob-soft-delete-enabled.js';
import { storageCmkOrInfrastructureEncryption } from './azure.storage.cmk-or-infrastructure-encryption.js';
import { storageMinimumTls } from './azure.storage.minimum-tls.js';
import { storageNetworkRestricted } from './azure.storage.network-restricted.js';
import { storageSecureTransfer } from './azure.storage.secure-transfer.js';
import { storageSharedKeyDisabled } from './azure.storage.shared-key-disabled.js';
/** Sorted by id. */
export const azureStorageChecks = [
    storageBlobPublicAccessDisabled,
    storageBlobSoftDeleteEnabled,
    storageCmkOrInfrastructureEncryption,
    storageMinimumTls,
    storageNetworkRestricted,
    storageSecureTransfer,
    storageSharedKeyDisabled,
];

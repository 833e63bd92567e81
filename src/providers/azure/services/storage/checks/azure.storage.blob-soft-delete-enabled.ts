import type { Check } from '../../../../../model/check.js';
import { all, fail, notApplicable, pass } from '../../../../check-kit.js';
import { lookupArm } from '../../../check-kit.js';
import { AZURE_STORAGE_ACCOUNTS, AZURE_STORAGE_BLOB_SERVICES } from '../state.js';
import { eachStorageAccount, hasBlobService, STORAGE_ACCOUNT } from '../storage-kit.js';

export const storageBlobSoftDeleteEnabled: Check = {
  meta: {
    id: 'azure.storage.blob-soft-delete-enabled',
    title: 'Storage accounts keep deleted blobs and containers recoverable',
    provider: 'azure',
    service: 'storage',
    resourceType: STORAGE_ACCOUNT,
    severity: 'medium',
    requires: [AZURE_STORAGE_ACCOUNTS, AZURE_STORAGE_BLOB_SERVICES],
    rationale:
      "Passes when both blob soft delete (deleteRetentionPolicy) and container soft delete (containerDeleteRetentionPolicy) are enabled on the account's blob service. Fails when either is off. FileStorage accounts are not_applicable. " +
      'Soft delete keeps deleted or overwritten data for the retention period, so a mistaken or malicious delete can be undone instead of becoming data loss.',
    remediation: {
      text: 'Enable blob and container soft delete with a retention period that covers how long a deletion may go unnoticed (7 to 365 days).',
      cli: 'az storage account blob-service-properties update --resource-group <group> --account-name <account> --enable-delete-retention true --delete-retention-days 14 --enable-container-delete-retention true --container-delete-retention-days 14',
    },
    cis: ['9.2.1', '9.2.2'],
  },
  evaluate(ctx) {
    return eachStorageAccount(ctx, (a, resource) => {
      if (!hasBlobService(a))
        return notApplicable(resource, 'no-blob-service', `Storage account ${a.name} is ${a.kind} and holds no blobs.`, { kind: a.kind });
      const got = all(resource, [lookupArm(ctx, AZURE_STORAGE_BLOB_SERVICES, a.id)]);
      if (!got.ok) return got.finding;
      const { deleteRetentionPolicy: blobs, containerDeleteRetentionPolicy: containers } = got.values[0].properties;
      const observed = {
        blobSoftDelete: blobs?.enabled === true ? { days: blobs.days ?? null } : false,
        containerSoftDelete: containers?.enabled === true ? { days: containers.days ?? null } : false,
      };
      const off = [blobs?.enabled === true ? '' : 'blob', containers?.enabled === true ? '' : 'container'].filter(Boolean);
      return off.length === 0
        ? pass(resource, 'soft-delete-enabled', `Storage account ${a.name} keeps deleted blobs and containers recoverable.`, observed)
        : fail(resource, 'soft-delete-off', `Storage account ${a.name} has ${off.join(' and ')} soft delete off.`, observed);
    });
  },
};

import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';
import { eachStorageAccount, hasBlobService, STORAGE_ACCOUNT } from '../storage-kit.js';

export const storageBlobPublicAccessDisabled: Check = {
  meta: {
    id: 'azure.storage.blob-public-access-disabled',
    title: 'Storage accounts forbid anonymous blob access',
    provider: 'azure',
    service: 'storage',
    resourceType: STORAGE_ACCOUNT,
    severity: 'high',
    requires: [AZURE_STORAGE_ACCOUNTS],
    rationale:
      'Passes when allowBlobPublicAccess is false, which overrides the access level of every container in the account. Fails when it is true, or absent (older accounts, where Azure treats it as allowed). FileStorage accounts have no blobs and are not_applicable. ' +
      'While the account allows it, a single container set to "Blob" or "Container" access exposes its contents to anyone on the internet without credentials.',
    remediation: {
      text: 'Disallow blob anonymous access on the account; serve public content through a CDN or SAS tokens instead.',
      cli: 'az storage account update --resource-group <group> --name <account> --allow-blob-public-access false',
    },
    cis: ['9.3.8'],
  },
  evaluate(ctx) {
    return eachStorageAccount(ctx, (a, resource) => {
      if (!hasBlobService(a))
        return notApplicable(resource, 'no-blob-service', `Storage account ${a.name} is ${a.kind} and holds no blobs.`, { kind: a.kind });
      const allowed = a.properties.allowBlobPublicAccess;
      const observed = { allowBlobPublicAccess: allowed ?? null };
      return allowed === false
        ? pass(resource, 'public-access-disabled', `Storage account ${a.name} forbids anonymous blob access.`, observed)
        : fail(
            resource,
            'public-access-allowed',
            `Storage account ${a.name} allows containers to be made public${allowed === undefined ? ' (setting never configured)' : ''}.`,
            observed,
          );
    });
  },
};

import type { Check } from '../../../../../model/check.js';
import { errorFinding, fail, pass } from '../../../../check-kit.js';
import { gap } from '../../../check-kit.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';
import { eachStorageAccount, LIST_API, STORAGE_ACCOUNT } from '../storage-kit.js';

export const storageSecureTransfer: Check = {
  meta: {
    id: 'azure.storage.secure-transfer',
    title: 'Storage accounts accept HTTPS only',
    provider: 'azure',
    service: 'storage',
    resourceType: STORAGE_ACCOUNT,
    severity: 'high',
    requires: [AZURE_STORAGE_ACCOUNTS],
    rationale:
      'Passes when "secure transfer required" (supportsHttpsTrafficOnly) is on, so the account refuses plain HTTP and unencrypted SMB. Fails when it is off. ' +
      'Without it, keys, SAS tokens and data can cross the network in clear text, where anyone on the path can read or alter them.',
    remediation: {
      text: 'Turn on "Secure transfer required" for the account, after moving any HTTP clients to HTTPS.',
      cli: 'az storage account update --resource-group <group> --name <account> --https-only true',
    },
    cis: ['9.3.4'],
  },
  evaluate(ctx) {
    return eachStorageAccount(ctx, (a, resource) => {
      const https = a.properties.supportsHttpsTrafficOnly;
      if (https === undefined)
        return errorFinding(resource, gap(LIST_API.api, LIST_API.action, `storage account ${a.name} has no supportsHttpsTrafficOnly`));
      return https
        ? pass(resource, 'https-only', `Storage account ${a.name} requires secure transfer.`, { supportsHttpsTrafficOnly: true })
        : fail(resource, 'http-allowed', `Storage account ${a.name} accepts unencrypted HTTP.`, { supportsHttpsTrafficOnly: false });
    });
  },
};

import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';
import { eachStorageAccount, STORAGE_ACCOUNT } from '../storage-kit.js';

const MODERN = new Set(['TLS1_2', 'TLS1_3']);

export const storageMinimumTls: Check = {
  meta: {
    id: 'azure.storage.minimum-tls',
    title: 'Storage accounts require TLS 1.2 or later',
    provider: 'azure',
    service: 'storage',
    resourceType: STORAGE_ACCOUNT,
    severity: 'medium',
    requires: [AZURE_STORAGE_ACCOUNTS],
    rationale:
      'Passes when the minimum TLS version is TLS1_2 or TLS1_3. Fails for TLS1_0 or TLS1_1, and when the setting is absent, which Azure Storage treats as accepting TLS 1.0. ' +
      'TLS 1.0 and 1.1 have known weaknesses and are deprecated; a client that negotiates them weakens the protection that secure transfer is meant to give.',
    remediation: {
      text: "Set the minimum TLS version to 1.2 once the account's clients support it (storage logs show the TLS version of each request).",
      cli: 'az storage account update --resource-group <group> --name <account> --min-tls-version TLS1_2',
    },
    cis: ['9.3.6'],
  },
  evaluate(ctx) {
    return eachStorageAccount(ctx, (a, resource) => {
      const v = a.properties.minimumTlsVersion;
      const observed = { minimumTlsVersion: v ?? null };
      if (v !== undefined && MODERN.has(v)) return pass(resource, 'tls-modern', `Storage account ${a.name} requires ${v}.`, observed);
      return fail(resource, 'tls-legacy', `Storage account ${a.name} accepts ${v ?? 'TLS1_0 (no minimum set)'}.`, observed);
    });
  },
};

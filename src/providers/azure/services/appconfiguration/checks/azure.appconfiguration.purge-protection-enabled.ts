import { either, itemCheck, missing, skip } from '../../../service-kit/check.js';
import { AZURE_CONFIG_STORES, CONFIG_STORE, CONFIG_STORE_LIST as LIST } from '../state.js';

/** Soft delete, and so purge protection, exists in these tiers only. */
const SOFT_DELETE_TIERS = new Set(['standard', 'premium']);

export const appconfigurationPurgeProtectionEnabled = itemCheck(
  {
    id: 'azure.appconfiguration.purge-protection-enabled',
    title: 'App Configuration stores have purge protection',
    service: 'appconfiguration',
    resourceType: CONFIG_STORE,
    severity: 'low',
    rationale:
      'One result per store. Standard and Premium stores are soft-deleted and can be recovered during the retention period; purge protection (`enablePurgeProtection`) stops anyone purging them before it ends, so a deleted store and its key-values and feature flags cannot be destroyed at once by mistake or by an attacker. Passes when true; fails when false or absent (the default). Once on, it cannot be turned off. Free and Developer stores have no soft delete and are not applicable; an answer without a SKU is an error.',
    remediation: {
      text: 'Enable purge protection on the store.',
      cli: 'az appconfig update --resource-group <group> --name <store> --enable-purge-protection true',
    },
  },
  AZURE_CONFIG_STORES,
  (x) => {
    const tier = x.sku?.name?.toLowerCase();
    if (tier === undefined) return missing(LIST.api, LIST.action, `store ${x.name} reports no sku`);
    if (!SOFT_DELETE_TIERS.has(tier))
      return skip('no-soft-delete', `Store ${x.name} is ${x.sku?.name}; soft delete and purge protection need Standard or Premium.`);
    return either(
      x.properties.enablePurgeProtection === true,
      ['purge-protected', `Store ${x.name} cannot be purged during its soft-delete retention.`],
      ['purgeable', `Store ${x.name} can be purged as soon as it is deleted.`],
    );
  },
);

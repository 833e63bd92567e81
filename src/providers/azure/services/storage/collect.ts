/**
 * Storage accounts and their blob service settings through arm-storage. The account list
 * is one paged call per subscription and carries every account-level setting the checks
 * read. Soft delete lives on the `default` blob service, a child resource Resource Graph
 * does not index, so it is one get per account whichever way the accounts are listed.
 * Account keys (`listKeys`) are never called.
 */
import { api } from '../../../../inventory/collector.js';
import { childCollector, listCollector } from '../../collect-kit.js';
import type { AzureCollector } from '../../context.js';
import { project, type Shape, wireGet, withTags } from '../../wire.js';
import { AZURE_STORAGE_ACCOUNTS, AZURE_STORAGE_BLOB_SERVICES, type BlobServiceProperties, type StorageAccount } from './state.js';

const LIST_ACCOUNTS = api('Microsoft.Storage/storageAccounts:list', 'Microsoft.Storage/storageAccounts/read');
const GET_BLOB_SERVICE = api('Microsoft.Storage/storageAccounts/blobServices:get', 'Microsoft.Storage/storageAccounts/blobServices/read');

const NETWORK_RULES = {
  defaultAction: true,
  bypass: true,
  ipRules: { value: true, action: true },
  virtualNetworkRules: { id: true, action: true },
} as const;
const ENDPOINT_CONNECTION = { id: true, properties: { privateLinkServiceConnectionState: { status: true } } } as const;

const ACCOUNT: Shape<StorageAccount> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  kind: true,
  properties: {
    supportsHttpsTrafficOnly: true,
    minimumTlsVersion: true,
    allowBlobPublicAccess: true,
    allowSharedKeyAccess: true,
    encryption: {
      keySource: true,
      requireInfrastructureEncryption: true,
      // Key names and URIs, never key material: ARM does not put that in this answer.
      keyvaultproperties: { keyname: true, keyvaulturi: true, keyversion: true },
    },
    networkAcls: NETWORK_RULES,
    privateEndpointConnections: ENDPOINT_CONNECTION,
    publicNetworkAccess: true,
  },
};

const BLOB_SERVICE: Shape<BlobServiceProperties> = {
  id: true,
  name: true,
  type: true,
  properties: {
    deleteRetentionPolicy: { enabled: true, days: true },
    containerDeleteRetentionPolicy: { enabled: true, days: true },
  },
};

export const storageCollectors = [
  listCollector(
    AZURE_STORAGE_ACCOUNTS,
    'storage',
    LIST_ACCOUNTS,
    (c) => c.storageAccounts.list(),
    (a) => withTags(project(a, ACCOUNT)),
  ),
  childCollector({
    key: AZURE_STORAGE_BLOB_SERVICES,
    service: 'storage',
    spec: GET_BLOB_SERVICE,
    parent: AZURE_STORAGE_ACCOUNTS,
    // File-only accounts have no blob service to ask about.
    select: (a) => a.kind !== 'FileStorage',
    fetch: async (c, at) => project(await wireGet(() => c.blobServices.getServiceProperties(at.resourceGroup, at.name)), BLOB_SERVICE),
  }),
] as readonly AzureCollector<unknown>[];

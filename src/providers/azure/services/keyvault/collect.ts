/**
 * Key vaults and the metadata of their keys and secrets, through arm-keyvault (the
 * management plane). One paged list gives every vault with its settings; keys and secrets
 * are children of each vault, listed per vault. Management-plane answers carry attributes
 * (expiry, enabled) and never a secret's value or key material; the shapes below keep only
 * attributes, so nothing else could be stored even if ARM sent it.
 */
import { api } from '../../../../inventory/collector.js';
import type { ArmSubResource } from '../../arm-state.js';
import { childCollector, listCollector } from '../../collect-kit.js';
import type { AzureCollector } from '../../context.js';
import { project, type Shape, wireList, withTags } from '../../wire.js';
import {
  AZURE_KEY_VAULT_KEYS,
  AZURE_KEY_VAULT_SECRETS,
  AZURE_KEY_VAULTS,
  type KeyVault,
  type VaultItemAttributes,
  type VaultKey,
  type VaultSecret,
} from './state.js';

const LIST_VAULTS = api('Microsoft.KeyVault/vaults:list', 'Microsoft.KeyVault/vaults/read');
const LIST_KEYS = api('Microsoft.KeyVault/vaults/keys:list', 'Microsoft.KeyVault/vaults/keys/read');
const LIST_SECRETS = api('Microsoft.KeyVault/vaults/secrets:list', 'Microsoft.KeyVault/vaults/secrets/read');

const VAULT: Shape<KeyVault> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: {
    tenantId: true,
    enableSoftDelete: true,
    softDeleteRetentionInDays: true,
    enablePurgeProtection: true,
    enableRbacAuthorization: true,
    accessPolicies: {
      tenantId: true,
      objectId: true,
      applicationId: true,
      permissions: { keys: true, secrets: true, certificates: true, storage: true },
    },
    publicNetworkAccess: true,
    networkAcls: { defaultAction: true, bypass: true, ipRules: { value: true }, virtualNetworkRules: { id: true } },
    privateEndpointConnections: { id: true, properties: { privateLinkServiceConnectionState: { status: true } } },
  },
};

/** ARM's item attributes: unix seconds. */
interface WireAttributes {
  enabled?: boolean;
  exp?: number;
  nbf?: number;
}
interface WireItem extends ArmSubResource {
  properties?: { attributes?: WireAttributes; kty?: string; contentType?: string };
}
const ITEM: Shape<WireItem> = {
  id: true,
  name: true,
  type: true,
  properties: { attributes: { enabled: true, exp: true, nbf: true }, kty: true, contentType: true },
};

function attributes(a: WireAttributes | undefined): VaultItemAttributes | undefined {
  if (!a) return undefined;
  const iso = (secs: number): string => new Date(secs * 1000).toISOString();
  return {
    ...(a.enabled !== undefined ? { enabled: a.enabled } : {}),
    ...(a.exp !== undefined ? { expires: iso(a.exp) } : {}),
    ...(a.nbf !== undefined ? { notBefore: iso(a.nbf) } : {}),
  };
}

/** Names and attributes of one kind of vault item; nothing else is kept. */
function toItem<T extends VaultKey | VaultSecret>(raw: unknown, extra: 'kty' | 'contentType'): T {
  const item = project(raw, ITEM);
  const attrs = attributes(item.properties?.attributes);
  const more = item.properties?.[extra];
  return {
    id: item.id,
    name: item.name,
    type: item.type,
    properties: { ...(attrs ? { attributes: attrs } : {}), ...(more ? { [extra]: more } : {}) },
  } as T;
}

export const keyVaultCollectors = [
  listCollector(
    AZURE_KEY_VAULTS,
    'keyvault',
    LIST_VAULTS,
    (c) => c.vaults.listBySubscription(),
    (v) => withTags(project(v, VAULT)),
  ),
  childCollector({
    key: AZURE_KEY_VAULT_KEYS,
    service: 'keyvault',
    spec: LIST_KEYS,
    parent: AZURE_KEY_VAULTS,
    fetch: async (c, at, _v, ctx) =>
      (await wireList(ctx, LIST_KEYS, () => c.keys.list(at.resourceGroup, at.name))).map((k) => toItem<VaultKey>(k, 'kty')),
  }),
  childCollector({
    key: AZURE_KEY_VAULT_SECRETS,
    service: 'keyvault',
    spec: LIST_SECRETS,
    parent: AZURE_KEY_VAULTS,
    fetch: async (c, at, _v, ctx) =>
      (await wireList(ctx, LIST_SECRETS, () => c.secrets.list(at.resourceGroup, at.name))).map((x) =>
        toItem<VaultSecret>(x, 'contentType'),
      ),
  }),
] as readonly AzureCollector<unknown>[];

/** Azure Cache for Redis state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource, PrivateEndpointConnection } from '../../arm-state.js';

export const REDIS_CACHE = 'Microsoft.Cache/redis';

/** `GET /subscriptions/{id}/providers/Microsoft.Cache/redis` (access keys are never in this answer). */
export interface RedisCache extends ArmResource {
  properties: {
    /** `Basic`, `Standard` or `Premium`. */
    sku?: { name?: string; family?: string; capacity?: number };
    /** True opens the plain-text port 6379; absent means false (the documented default). */
    enableNonSslPort?: boolean;
    /** `1.0`, `1.1` or `1.2`. */
    minimumTlsVersion?: string;
    /** `Enabled` or `Disabled`; absent means Enabled (the documented default). */
    publicNetworkAccess?: string;
    /** True: access keys are refused and only Entra ID tokens authenticate. Absent means false. */
    disableAccessKeyAuthentication?: boolean;
    /** Set when a Premium cache is injected into a virtual network subnet. */
    subnetId?: string;
    privateEndpointConnections?: PrivateEndpointConnection[];
  };
}

/** The list API and its RBAC read action, named when an answer lacks a field the checks need. */
export const REDIS_LIST = { api: `${REDIS_CACHE}:list`, action: `${REDIS_CACHE}/read` } as const;

export const AZURE_REDIS_CACHES = inventoryKey<RedisCache[]>('azure.redis.caches', 'global');

import { bad, itemCheck, ok } from '../../../service-kit/check.js';
import { AZURE_REDIS_CACHES, REDIS_CACHE } from '../state.js';

export const redisPublicNetworkAccessDisabled = itemCheck(
  {
    id: 'azure.redis.public-network-access-disabled',
    title: 'Redis caches are not reachable from public networks',
    service: 'redis',
    resourceType: REDIS_CACHE,
    severity: 'medium',
    rationale:
      'One result per cache. Passes when `publicNetworkAccess` is Disabled, so private endpoints are the only way in (the property the Azure Policy built-in "Azure Cache for Redis should disable public network access" audits). Also passes for a Premium cache injected into a virtual network (`subnetId` set), which Azure documents as not publicly addressable. Fails when Enabled or absent (Azure\'s documented default is Enabled), including caches with firewall rules or a private endpoint but the public endpoint still open.',
    remediation: {
      text: 'Add a private endpoint for the cache, move clients to it, then disable public network access.',
      cli: 'az redis update --resource-group <group> --name <cache> --set publicNetworkAccess=Disabled',
    },
  },
  AZURE_REDIS_CACHES,
  (x) => {
    const access = x.properties.publicNetworkAccess ?? 'Enabled';
    const observed = { publicNetworkAccess: access, vnetInjected: Boolean(x.properties.subnetId) };
    if (access === 'Disabled') return ok('public-disabled', `Cache ${x.name} has public network access disabled.`, observed);
    if (x.properties.subnetId)
      return ok('vnet-injected', `Cache ${x.name} is injected into a virtual network and has no public address.`, observed);
    return bad('public-enabled', `Cache ${x.name} accepts connections from public networks.`, observed);
  },
);

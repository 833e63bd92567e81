import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_REGISTRIES, REGISTRY } from '../state.js';

export const containerregistryPublicNetworkRestricted = itemCheck(
  {
    id: 'azure.containerregistry.public-network-restricted',
    title: 'Container registries are not open to every network',
    service: 'containerregistry',
    resourceType: REGISTRY,
    severity: 'medium',
    rationale:
      'One result per registry. Passes when `publicNetworkAccess` is Disabled, or (Premium) the network rule set default action is Deny so only listed addresses and private endpoints connect. Fails when public access is enabled (absent means Enabled) with default Allow, which Basic and Standard registries always have.',
    remediation: {
      text: 'Use a Premium registry with private endpoints and disable public network access, or set the default action to Deny with IP rules.',
      cli: 'az acr update --name <registry> --public-network-enabled false',
    },
  },
  AZURE_REGISTRIES,
  (x) => {
    const access = x.properties.publicNetworkAccess ?? 'Enabled';
    const deny = x.properties.networkRuleSet?.defaultAction === 'Deny';
    return either(
      access === 'Disabled' || deny,
      ['network-restricted', `Registry ${x.name} restricts network access.`],
      ['open-to-all', `Registry ${x.name} accepts connections from any network.`],
      { publicNetworkAccess: access, defaultAction: x.properties.networkRuleSet?.defaultAction ?? 'Allow', sku: x.sku?.name ?? null },
    );
  },
);

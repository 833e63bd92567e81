import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_SEARCH_SERVICES, SEARCH_SERVICE } from '../state.js';

export const searchServicePublicNetworkAccessDisabled = itemCheck(
  {
    id: 'azure.search.service-public-network-access-disabled',
    title: 'AI Search services are reached only through private endpoints',
    service: 'search',
    resourceType: SEARCH_SERVICE,
    severity: 'medium',
    rationale:
      'One result per search service. Passes when `publicNetworkAccess` is disabled (ARM compares it case-insensitively): the index endpoint then answers only over private endpoints and the IP rules no longer apply. Fails when enabled or absent, as the built-in policy "Azure AI Search services should disable public network access" judges it (anything but Disabled); the IP rules, when present, are reported but do not make the service private.',
    remediation: {
      text: 'Create a private endpoint for the search service, then disable public network access.',
      cli: 'az resource update --ids <service-id> --set properties.publicNetworkAccess=Disabled',
    },
  },
  AZURE_SEARCH_SERVICES,
  (x) =>
    either(
      x.properties.publicNetworkAccess?.toLowerCase() === 'disabled',
      ['public-disabled', `Search service ${x.name} has public network access disabled.`],
      ['public-enabled', `Search service ${x.name} is reachable from public networks.`],
      { publicNetworkAccess: x.properties.publicNetworkAccess ?? null, ipRules: x.properties.networkRuleSet?.ipRules?.length ?? 0 },
    ),
);

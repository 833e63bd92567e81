import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';

export const cosmosdbNetworkRestricted = itemCheck(
  {
    id: 'azure.cosmosdb.network-restricted',
    title: 'Cosmos DB accounts are not open to every network',
    service: 'cosmosdb',
    resourceType: COSMOS_ACCOUNT,
    severity: 'high',
    rationale:
      'One result per account. Passes when `publicNetworkAccess` is Disabled (or SecuredByPerimeter), or when the firewall is on: virtual network filtering enabled or at least one IP rule, none of them 0.0.0.0. Fails when public access is enabled (the default, absent means Enabled) with no IP or VNet rules, which admits every address.',
    remediation: {
      text: 'Disable public network access and use private endpoints, or add IP and VNet firewall rules.',
      cli: 'az cosmosdb update --resource-group <group> --name <account> --public-network-access Disabled',
    },
  },
  AZURE_COSMOS_ACCOUNTS,
  (x) => {
    const p = x.properties;
    const access = p.publicNetworkAccess ?? 'Enabled';
    const rules = (p.ipRules ?? []).map((r) => r.ipAddressOrRange);
    const firewall = (p.isVirtualNetworkFilterEnabled === true || rules.length > 0) && !rules.some((r) => r.startsWith('0.0.0.0'));
    return either(
      access !== 'Enabled' || firewall,
      ['network-restricted', `Account ${x.name} restricts network access (${access === 'Enabled' ? 'firewall' : access}).`],
      ['open-to-all', `Account ${x.name} accepts connections from any network.`],
      { publicNetworkAccess: access, ipRules: rules.length, vnetFilter: p.isVirtualNetworkFilterEnabled ?? false },
    );
  },
);

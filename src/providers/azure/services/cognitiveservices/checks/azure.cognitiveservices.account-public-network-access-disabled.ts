import { bad, itemCheck, ok } from '../../../service-kit/check.js';
import { AI_ACCOUNT, AZURE_AI_ACCOUNTS } from '../state.js';

/** A firewall rule admitting every IPv4 address (`0.0.0.0/0`) undoes a Deny default. */
const everyAddress = (rule: string) => /\/0$/.test(rule.trim());

export const cognitiveservicesAccountPublicNetworkAccessDisabled = itemCheck(
  {
    id: 'azure.cognitiveservices.account-public-network-access-disabled',
    title: 'Azure AI services accounts are not reachable from every network',
    service: 'cognitiveservices',
    resourceType: AI_ACCOUNT,
    severity: 'high',
    rationale:
      'One result per account. Judged as the built-in policy "Azure AI Services resources should restrict network access" judges: passes when `publicNetworkAccess` is Disabled (only private endpoints reach the account), or when the public endpoint firewall `networkAcls.defaultAction` is Deny (only the listed IP ranges and virtual network subnets reach it). Fails otherwise: public access enabled or absent with no firewall or an Allow default admits requests from any address, so a leaked key or token is usable from anywhere. A Deny firewall with an IP rule ending in /0 also fails, since that rule admits every address.',
    remediation: {
      text: 'Disable public network access and connect through private endpoints, or set the firewall default action to Deny with the client ranges and subnets listed.',
      cli: 'az resource update --ids <account-id> --set properties.publicNetworkAccess=Disabled',
    },
  },
  AZURE_AI_ACCOUNTS,
  (x) => {
    const p = x.properties;
    const access = p.publicNetworkAccess ?? null;
    const rules = (p.networkAcls?.ipRules ?? []).map((r) => r.value);
    const observed = {
      publicNetworkAccess: access,
      defaultAction: p.networkAcls?.defaultAction ?? null,
      ipRules: rules.length,
      virtualNetworkRules: p.networkAcls?.virtualNetworkRules?.length ?? 0,
    };
    if (access === 'Disabled') return ok('public-disabled', `Account ${x.name} has public network access disabled.`, observed);
    if (p.networkAcls?.defaultAction !== 'Deny') {
      return bad('open-to-all', `Account ${x.name} accepts requests from any network.`, observed);
    }
    const open = rules.filter(everyAddress);
    return open.length > 0
      ? bad('open-to-all', `Account ${x.name} denies by default but its IP rule ${open[0]} admits every address.`, observed)
      : ok('firewall-restricted', `Account ${x.name} admits only its listed networks.`, observed);
  },
);

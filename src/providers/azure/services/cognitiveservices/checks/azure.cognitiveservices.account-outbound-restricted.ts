import { either, itemCheck } from '../../../service-kit/check.js';
import { AI_ACCOUNT, AZURE_AI_ACCOUNTS } from '../state.js';

export const cognitiveservicesAccountOutboundRestricted = itemCheck(
  {
    id: 'azure.cognitiveservices.account-outbound-restricted',
    title: 'Azure AI services accounts may only call out to approved hosts',
    service: 'cognitiveservices',
    resourceType: AI_ACCOUNT,
    severity: 'low',
    rationale:
      "One result per account. Passes when `restrictOutboundNetworkAccess` is true: Azure's data loss prevention for AI services then lets the account reach only the hosts in `allowedFqdnList` (for example its own storage or search index), so a prompt or a request cannot make it fetch from or send data to any other URL. Fails when false or absent, which is the default and allows outbound calls to any host.",
    remediation: {
      text: 'Enable outbound restriction and list the FQDNs the account must reach.',
      cli: 'az rest --method patch --url "https://management.azure.com/<account-id>?api-version=2024-10-01" --body "{\\"properties\\":{\\"restrictOutboundNetworkAccess\\":true,\\"allowedFqdnList\\":[\\"<host>\\"]}}"',
    },
  },
  AZURE_AI_ACCOUNTS,
  (x) =>
    either(
      x.properties.restrictOutboundNetworkAccess === true,
      ['outbound-restricted', `Account ${x.name} may only reach ${x.properties.allowedFqdnList?.length ?? 0} listed host(s).`],
      ['outbound-open', `Account ${x.name} may call out to any host.`],
      { allowedFqdns: x.properties.allowedFqdnList?.length ?? 0 },
    ),
);

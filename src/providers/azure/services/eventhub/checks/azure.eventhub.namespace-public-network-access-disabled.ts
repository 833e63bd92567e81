import { childCheck } from '../../../service-kit/check.js';
import { publicNetworkJudge } from '../namespace-state.js';
import { AZURE_EVENTHUB_NAMESPACES, AZURE_EVENTHUB_NETWORK_RULE_SETS, EVENTHUB_NAMESPACE } from '../state.js';

export const eventhubNamespacePublicNetworkAccessDisabled = childCheck(
  {
    id: 'azure.eventhub.namespace-public-network-access-disabled',
    title: 'Event Hubs namespaces have public network access disabled',
    service: 'eventhub',
    resourceType: EVENTHUB_NAMESPACE,
    severity: 'medium',
    rationale:
      "One result per namespace, judged on the namespace's `publicNetworkAccess` and on that of its network rule set (`networkRuleSets/default`), both of which the Azure Policy built-in \"Event Hub Namespaces should disable public network access\" audits. Passes when Disabled: only private endpoints (and trusted services where allowed) connect. Also passes when SecuredByPerimeter, where a network security perimeter admits public traffic only by its explicit rules. Fails when Enabled or absent (Azure's documented default is enabled). Also fails when the namespace is Disabled or SecuredByPerimeter but its network rule set says Enabled: where the two differ the rule set's value takes effect, so the public endpoint is open; a rule set answer without the field is an error. A private endpoint alone does not close the public endpoint, and IP or virtual-network rules in the namespace's network rule set (default action Deny) narrow public access without disabling it, so those namespaces still fail here. Basic namespaces offer neither private endpoints nor IP or virtual-network rules, so they always answer on the public endpoint and fail.",
    remediation: {
      text: 'Connect clients through private endpoints (Basic namespaces must move to Standard or above first), then disable public network access on the namespace and on its network rule set (Networking > Public access > Disabled sets both).',
      cli: 'az eventhubs namespace update --resource-group <group> --name <namespace> --public-network-access Disabled',
    },
  },
  AZURE_EVENTHUB_NAMESPACES,
  AZURE_EVENTHUB_NETWORK_RULE_SETS,
  publicNetworkJudge(EVENTHUB_NAMESPACE),
);

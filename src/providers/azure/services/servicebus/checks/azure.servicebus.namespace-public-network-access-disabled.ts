import { childCheck } from '../../../service-kit/check.js';
import { publicNetworkJudge } from '../../eventhub/namespace-state.js';
import { AZURE_SERVICEBUS_NAMESPACES, AZURE_SERVICEBUS_NETWORK_RULE_SETS, SERVICEBUS_NAMESPACE } from '../state.js';

export const servicebusNamespacePublicNetworkAccessDisabled = childCheck(
  {
    id: 'azure.servicebus.namespace-public-network-access-disabled',
    title: 'Service Bus namespaces have public network access disabled',
    service: 'servicebus',
    resourceType: SERVICEBUS_NAMESPACE,
    severity: 'medium',
    rationale:
      "One result per namespace, judged on the namespace's `publicNetworkAccess` and on that of its network rule set (`networkRuleSets/default`), both of which the Azure Policy built-in \"Service Bus Namespaces should disable public network access\" audits. Passes when Disabled: only private endpoints (and trusted Microsoft services where allowed) connect. Also passes when SecuredByPerimeter, where a network security perimeter admits public traffic only by its explicit rules. Fails when Enabled or absent (Azure's documented default is enabled). Also fails when the namespace is Disabled or SecuredByPerimeter but its network rule set says Enabled: where the two differ the rule set's value takes effect, so the public endpoint is open; a rule set answer without the field is an error. A private endpoint alone does not close the public endpoint, and IP or virtual-network rules in the namespace's network rule set (default action Deny) narrow public access without disabling it, so those namespaces still fail here. Private endpoints and network rules exist only on Premium, so Basic and Standard namespaces always answer on the public endpoint and fail.",
    remediation: {
      text: 'On a Premium namespace, connect clients through private endpoints, then disable public network access on the namespace and on its network rule set (Networking > Public access > Disabled sets both). Basic and Standard namespaces must move to Premium first.',
      cli: 'az servicebus namespace update --resource-group <group> --name <namespace> --public-network-access Disabled',
    },
  },
  AZURE_SERVICEBUS_NAMESPACES,
  AZURE_SERVICEBUS_NETWORK_RULE_SETS,
  publicNetworkJudge(SERVICEBUS_NAMESPACE),
);

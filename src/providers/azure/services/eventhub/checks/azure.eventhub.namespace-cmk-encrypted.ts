import { itemCheck } from '../../../service-kit/check.js';
import { cmkJudge, type MessagingNamespace, tierOf } from '../namespace-state.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from '../state.js';

/** Customer-managed keys exist on Premium namespaces and on namespaces in a Dedicated cluster. */
const offersCmk = (ns: MessagingNamespace): boolean => tierOf(ns) === 'Premium' || Boolean(ns.properties.clusterArmId);

export const eventhubNamespaceCmkEncrypted = itemCheck(
  {
    id: 'azure.eventhub.namespace-cmk-encrypted',
    title: 'Premium and Dedicated Event Hubs namespaces are encrypted with a customer-managed key',
    service: 'eventhub',
    resourceType: EVENTHUB_NAMESPACE,
    severity: 'low',
    rationale:
      'One result per namespace. Event Hubs always encrypts data at rest; on Premium namespaces and namespaces in a Dedicated cluster it can use a key the customer holds in Key Vault. Passes when `encryption.keySource` is Microsoft.KeyVault with at least one key; fails when such a namespace uses Microsoft-managed keys. Basic and Standard namespaces cannot use customer-managed keys and are not applicable. Use where policy requires customer-held, revocable keys; otherwise a failure can be a documented decision.',
    remediation: {
      text: "Give the namespace a managed identity with wrap and unwrap rights on a Key Vault key (soft delete and purge protection on), then set the namespace's encryption to that key.",
      cli: 'az eventhubs namespace encryption add --resource-group <group> --namespace-name <namespace> --encryption-config key-name=<key> key-vault-uri=<vault-uri> user-assigned-identity=<identity-id>',
    },
  },
  AZURE_EVENTHUB_NAMESPACES,
  cmkJudge(EVENTHUB_NAMESPACE, offersCmk, 'Premium or a Dedicated cluster'),
);

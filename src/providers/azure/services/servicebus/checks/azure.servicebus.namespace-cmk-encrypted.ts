import { itemCheck } from '../../../service-kit/check.js';
import { cmkJudge, type MessagingNamespace, tierOf } from '../../eventhub/namespace-state.js';
import { AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE } from '../state.js';

/** Customer-managed keys exist on Premium namespaces only. */
const offersCmk = (ns: MessagingNamespace): boolean => tierOf(ns) === 'Premium';

export const servicebusNamespaceCmkEncrypted = itemCheck(
  {
    id: 'azure.servicebus.namespace-cmk-encrypted',
    title: 'Premium Service Bus namespaces are encrypted with a customer-managed key',
    service: 'servicebus',
    resourceType: SERVICEBUS_NAMESPACE,
    severity: 'low',
    rationale:
      'One result per namespace. Service Bus always encrypts messages at rest; on Premium namespaces it can use a key the customer holds in Key Vault. Passes when `encryption.keySource` is Microsoft.KeyVault with at least one key; fails when a Premium namespace uses Microsoft-managed keys. Basic and Standard namespaces cannot use customer-managed keys and are not applicable. Use where policy requires customer-held, revocable keys; otherwise a failure can be a documented decision.',
    remediation: {
      text: "Give the namespace a managed identity with wrap and unwrap rights on a Key Vault key (soft delete and purge protection on), then set the namespace's encryption to that key.",
      cli: 'az servicebus namespace encryption add --resource-group <group> --namespace-name <namespace> --encryption-config key-name=<key> key-vault-uri=<vault-uri> user-assigned-identity=<identity-id>',
    },
  },
  AZURE_SERVICEBUS_NAMESPACES,
  cmkJudge(SERVICEBUS_NAMESPACE, offersCmk, 'Premium'),
);

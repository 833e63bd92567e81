import { itemCheck } from '../../../service-kit/check.js';
import { localAuthJudge } from '../../eventhub/namespace-state.js';
import { AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE } from '../state.js';

export const servicebusNamespaceLocalAuthDisabled = itemCheck(
  {
    id: 'azure.servicebus.namespace-local-auth-disabled',
    title: 'Service Bus namespaces accept only Entra ID authorisation',
    service: 'servicebus',
    resourceType: SERVICEBUS_NAMESPACE,
    severity: 'medium',
    rationale:
      'One result per namespace. Passes when `disableLocalAuth` is true: Service Bus then refuses shared access signature (SAS) keys and rules on the namespace and its queues and topics, and every operation carries an Entra ID token governed by Azure RBAC (the Azure Policy built-in "Azure Service Bus namespaces should have local authentication methods disabled" audits the same property). Fails when false or absent, the default, where any holder of a namespace SAS key (RootManageSharedAccessKey grants Manage, Send and Listen) reaches every queue and topic without an identity.',
    remediation: {
      text: 'Grant senders and receivers the Azure Service Bus Data Sender/Receiver roles, move them to Entra ID, then disable local authentication.',
      cli: 'az servicebus namespace update --resource-group <group> --name <namespace> --disable-local-auth true',
    },
  },
  AZURE_SERVICEBUS_NAMESPACES,
  localAuthJudge,
);

import { itemCheck } from '../../../service-kit/check.js';
import { localAuthJudge } from '../namespace-state.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from '../state.js';

export const eventhubNamespaceLocalAuthDisabled = itemCheck(
  {
    id: 'azure.eventhub.namespace-local-auth-disabled',
    title: 'Event Hubs namespaces accept only Entra ID authorisation',
    service: 'eventhub',
    resourceType: EVENTHUB_NAMESPACE,
    severity: 'medium',
    rationale:
      'One result per namespace. Passes when `disableLocalAuth` is true: Event Hubs then refuses shared access signature (SAS) keys and rules, and every send or receive carries an Entra ID token governed by Azure RBAC (the Azure Policy built-in "Event Hub namespaces should have local authentication methods disabled" audits the same property). Fails when false or absent, the default, where any holder of a namespace SAS key (RootManageSharedAccessKey has Manage, Send and Listen) reaches every event hub without an identity.',
    remediation: {
      text: 'Grant producers and consumers the Azure Event Hubs Data Sender/Receiver roles, move them to Entra ID, then disable local authentication.',
      cli: 'az eventhubs namespace update --resource-group <group> --name <namespace> --disable-local-auth true',
    },
  },
  AZURE_EVENTHUB_NAMESPACES,
  localAuthJudge,
);

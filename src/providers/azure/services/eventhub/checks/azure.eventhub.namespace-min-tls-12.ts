import { itemCheck } from '../../../service-kit/check.js';
import { minTlsJudge } from '../namespace-state.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from '../state.js';

export const eventhubNamespaceMinTls12 = itemCheck(
  {
    id: 'azure.eventhub.namespace-min-tls-12',
    title: 'Event Hubs namespaces require TLS 1.2 or later',
    service: 'eventhub',
    resourceType: EVENTHUB_NAMESPACE,
    severity: 'medium',
    rationale:
      'One result per namespace. Passes when `minimumTlsVersion` is 1.2 or 1.3, so Event Hubs refuses requests over older TLS. Fails for 1.0 or 1.1: namespaces created through API versions before 2022-01-01-preview were given 1.0 and keep it until changed (Microsoft has announced the end of TLS 1.0 and 1.1 on Event Hubs, but the namespace setting is what the service reports and what Azure Policy audits). Current API versions always return the field, so an answer without it is an error rather than an assumed value.',
    remediation: {
      text: 'Confirm clients negotiate TLS 1.2, then raise the minimum TLS version.',
      cli: 'az eventhubs namespace update --resource-group <group> --name <namespace> --minimum-tls-version 1.2',
    },
  },
  AZURE_EVENTHUB_NAMESPACES,
  minTlsJudge(EVENTHUB_NAMESPACE),
);

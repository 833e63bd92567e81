import { itemCheck } from '../../../service-kit/check.js';
import { minTlsJudge } from '../../eventhub/namespace-state.js';
import { AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE } from '../state.js';

export const servicebusNamespaceMinTls12 = itemCheck(
  {
    id: 'azure.servicebus.namespace-min-tls-12',
    title: 'Service Bus namespaces require TLS 1.2 or later',
    service: 'servicebus',
    resourceType: SERVICEBUS_NAMESPACE,
    severity: 'medium',
    rationale:
      'One result per namespace. Passes when `minimumTlsVersion` is 1.2 or 1.3, so Service Bus refuses requests over older TLS. Fails for 1.0 or 1.1, which namespaces created before the setting existed can still report (Microsoft has announced the end of TLS 1.0 and 1.1 on Service Bus, but the namespace setting is what the service reports and what Azure Policy audits). Current API versions always return the field, so an answer without it is an error rather than an assumed value.',
    remediation: {
      text: 'Confirm clients negotiate TLS 1.2, then raise the minimum TLS version.',
      cli: 'az servicebus namespace update --resource-group <group> --name <namespace> --minimum-tls-version 1.2',
    },
  },
  AZURE_SERVICEBUS_NAMESPACES,
  minTlsJudge(SERVICEBUS_NAMESPACE),
);

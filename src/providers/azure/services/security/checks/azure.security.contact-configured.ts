import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { readSubscription, SUBSCRIPTION_TYPE } from '../../../check-kit.js';
import { AZURE_SECURITY_CONTACTS } from '../state.js';

function emails(s: string | undefined): string[] {
  return (s ?? '')
    .split(/[;,]/)
    .map((e) => e.trim())
    .filter(Boolean);
}

export const securityContactConfigured: Check = {
  meta: {
    id: 'azure.security.contact-configured',
    title: 'Defender for Cloud has a security contact that receives alerts',
    provider: 'azure',
    service: 'security',
    resourceType: SUBSCRIPTION_TYPE,
    severity: 'medium',
    requires: [AZURE_SECURITY_CONTACTS],
    rationale:
      'Passes when a security contact lists at least one email address and has alert notifications On. Fails when there is no contact, no address, or notifications are off. ' +
      'The observed facts record how many addresses there are (not the addresses), the minimum alert severity, and which roles are notified. ' +
      'Without a contact, Defender alerts about active attacks land in a portal nobody is watching.',
    remediation: {
      text: 'Set a monitored security mailbox as the Defender for Cloud contact and turn on alert notifications (and notifications to subscription owners).',
      cli: 'az security contact create --name default --email <security-mailbox> --alert-notifications on --alerts-admins on',
    },
    cis: ['8.1.13', '8.1.14'],
  },
  evaluate(ctx) {
    return readSubscription(ctx, AZURE_SECURITY_CONTACTS, (contacts, resource) => {
      const addresses = contacts.flatMap((c) => emails(c.properties.emails));
      const alerting = contacts.filter(
        (c) => emails(c.properties.emails).length && c.properties.alertNotifications?.state?.toLowerCase() === 'on',
      );
      const observed = {
        contacts: contacts.length,
        emailAddresses: addresses.length,
        alertNotifications: alerting.length > 0,
        minimalSeverity: alerting[0]?.properties.alertNotifications?.minimalSeverity ?? null,
        notifiedRoles: contacts.flatMap((c) =>
          c.properties.notificationsByRole?.state?.toLowerCase() === 'on' ? (c.properties.notificationsByRole.roles ?? []) : [],
        ),
      };
      if (alerting.length)
        return [pass(resource, 'contact-configured', `Defender for Cloud sends alerts to ${addresses.length} address(es).`, observed)];
      if (!addresses.length)
        return [fail(resource, 'no-contact-email', 'Defender for Cloud has no security contact email address.', observed)];
      return [fail(resource, 'alerts-off', 'Defender for Cloud has a security contact, but alert notifications are off.', observed)];
    });
  },
};

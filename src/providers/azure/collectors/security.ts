/**
 * Defender for Cloud plans and security contacts through arm-security: one call each per
 * subscription. Resource Graph's `securityresources` table has pricings but not contacts,
 * so using the SDK for both keeps it at two calls and one quota.
 */
import { api } from '../../../inventory/collector.js';
import type { AzureCollector } from '../context.js';
import type { ArmSubResource } from '../inventory/arm.js';
import { AZURE_DEFENDER_PRICINGS, AZURE_SECURITY_CONTACTS, type DefenderPricing, type SecurityContact } from '../inventory/security.js';
import { project, type Shape } from '../wire.js';
import { listCollector } from './kit.js';

const LIST_PRICINGS = api('Microsoft.Security/pricings:list', 'Microsoft.Security/pricings/read');
const LIST_CONTACTS = api('Microsoft.Security/securityContacts:list', 'Microsoft.Security/securityContacts/read');

const PRICING: Shape<DefenderPricing> = { id: true, name: true, type: true, properties: { pricingTier: true, subPlan: true } };

/** arm-security 5 asks for securityContacts at 2017-08-01-preview; this is that wire shape. */
interface WireContact extends ArmSubResource {
  properties?: { email?: string; phone?: string; alertNotifications?: string; alertsToAdmins?: string };
}
const CONTACT: Shape<WireContact> = {
  id: true, name: true, type: true, properties: { email: true, phone: true, alertNotifications: true, alertsToAdmins: true },
};

/** Onto the 2020-01-01-preview shape the inventory uses (see SecurityContact). */
function toContact(c: WireContact): SecurityContact {
  const p = c.properties ?? {};
  return {
    id: c.id, name: c.name, type: c.type,
    properties: {
      ...(p.email !== undefined ? { emails: p.email } : {}),
      ...(p.phone !== undefined ? { phone: p.phone } : {}),
      ...(p.alertNotifications !== undefined ? { alertNotifications: { state: p.alertNotifications } } : {}),
      ...(p.alertsToAdmins !== undefined ? { notificationsByRole: { state: p.alertsToAdmins, roles: ['Owner'] } } : {}),
    },
  };
}

export const securityCollectors = [
  listCollector(AZURE_DEFENDER_PRICINGS, 'security', LIST_PRICINGS, (c) => c.pricings.list(), (p) => project(p, PRICING)),
  listCollector(AZURE_SECURITY_CONTACTS, 'security', LIST_CONTACTS, (c) => c.securityContacts.list(), (c) => toContact(project(c, CONTACT))),
] as readonly AzureCollector<unknown>[];

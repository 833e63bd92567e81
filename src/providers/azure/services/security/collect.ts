/**
 * Defender for Cloud plans and security contacts through arm-security: one call each per
 * subscription. Resource Graph's `securityresources` table has pricings but not contacts,
 * so using the SDK for both keeps it at two calls and one quota.
 */
import { api } from '../../../../inventory/collector.js';
import { listCollector } from '../../collect-kit.js';
import type { AzureCollector } from '../../context.js';
import { project, type Shape } from '../../wire.js';
import { AZURE_DEFENDER_PRICINGS, AZURE_SECURITY_CONTACTS, type DefenderPricing, type SecurityContact } from './state.js';

const LIST_PRICINGS = api('Microsoft.Security/pricings:list', 'Microsoft.Security/pricings/read');
const LIST_CONTACTS = api('Microsoft.Security/securityContacts:list', 'Microsoft.Security/securityContacts/read');

const PRICING: Shape<DefenderPricing> = {
  id: true,
  name: true,
  type: true,
  properties: { pricingTier: true, subPlan: true, deprecated: true },
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Alert notifications in the inventory's (2020-01-01-preview) shape, from whichever shape came. */
function alerts(p: Record<string, unknown>): SecurityContact['properties']['alertNotifications'] {
  const a = p.alertNotifications;
  if (typeof a === 'string') return { state: a };
  if (isRecord(a))
    return {
      ...(str(a.state) ? { state: str(a.state) } : {}),
      ...(str(a.minimalSeverity) ? { minimalSeverity: str(a.minimalSeverity) } : {}),
    };
  if (Array.isArray(p.notificationsSources) || typeof p.isEnabled === 'boolean') {
    const source = (Array.isArray(p.notificationsSources) ? p.notificationsSources : []).find(
      (s): s is Record<string, unknown> => isRecord(s) && str(s.sourceType)?.toLowerCase() === 'alert',
    );
    const severity = source && str(source.minimalSeverity);
    return { state: p.isEnabled !== false && source ? 'On' : 'Off', ...(severity ? { minimalSeverity: severity } : {}) };
  }
  return undefined;
}

function byRole(p: Record<string, unknown>): SecurityContact['properties']['notificationsByRole'] {
  const r = p.notificationsByRole;
  if (isRecord(r)) {
    const roles = Array.isArray(r.roles) ? r.roles.filter((x): x is string => typeof x === 'string') : undefined;
    return { ...(str(r.state) ? { state: str(r.state) } : {}), ...(roles ? { roles } : {}) };
  }
  return str(p.alertsToAdmins) !== undefined ? { state: str(p.alertsToAdmins), roles: ['Owner'] } : undefined;
}

/**
 * arm-security 5 asks for securityContacts at 2017-08-01-preview, but ARM may answer the list
 * in a newer shape whatever version was asked for (azure-sdk-for-python#41816). All three are read,
 * so a contact is never lost (and reported as missing) because of the shape it came in:
 * - 2017-08-01-preview: `email`, `alertNotifications: 'On'`, `alertsToAdmins: 'On'`;
 * - 2020-01-01-preview: `emails`, `alertNotifications: { state, minimalSeverity }`, `notificationsByRole`;
 * - 2023-12-01-preview: `emails`, `isEnabled`, `notificationsSources: [{ sourceType: 'Alert', minimalSeverity }]`, `notificationsByRole`.
 *
 * They are mapped onto the 2020-01-01-preview shape the inventory uses (see SecurityContact);
 * only the fields named here are kept.
 */
function toContact(raw: unknown): SecurityContact {
  const c = isRecord(raw) ? raw : {};
  const p = isRecord(c.properties) ? c.properties : {};
  const emails = str(p.emails) ?? str(p.email);
  const phone = str(p.phone);
  const alertNotifications = alerts(p);
  const notificationsByRole = byRole(p);
  return {
    id: String(c.id),
    name: String(c.name),
    type: String(c.type),
    properties: {
      ...(emails !== undefined ? { emails } : {}),
      ...(phone !== undefined ? { phone } : {}),
      ...(alertNotifications ? { alertNotifications } : {}),
      ...(notificationsByRole ? { notificationsByRole } : {}),
    },
  };
}

export const securityCollectors = [
  listCollector(
    AZURE_DEFENDER_PRICINGS,
    'security',
    LIST_PRICINGS,
    (c) => c.pricings.list(),
    (p) => project(p, PRICING),
  ),
  listCollector(AZURE_SECURITY_CONTACTS, 'security', LIST_CONTACTS, (c) => c.securityContacts.list(), toContact),
] as readonly AzureCollector<unknown>[];

/** Builders for the Event Hubs and Service Bus case tables: a namespace of a given tier. */
import { res } from '../service-kit/cases.fixtures.js';
import type { MessagingNamespace } from './messaging-namespace.js';

export function messagingNamespace(
  type: string,
  name: string,
  properties: MessagingNamespace['properties'] = {},
  tier: string | null = 'Standard',
): MessagingNamespace {
  return { ...res(type, name, properties), ...(tier ? { sku: { name: tier, tier } } : {}) };
}

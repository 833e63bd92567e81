/** The demo Azure subscription: one production subscription of the same fictional company. */
import { armId, tracked } from '../../src/providers/azure/replay.js';
export const DEMO_SUBSCRIPTION = '6f1c2a9e-4b7d-4e3a-9c55-2d8e0b7a1f34';
export const DEMO_SUBSCRIPTION_NAME = 'acme-production';
export const DEMO_TENANT = '0b4e6d2c-8a1f-4c3e-b5d7-9e2f1a6c3b80';
/** A tracked resource in the demo subscription. */
export function demoResource(resourceGroup, type, name, location, extra = {}) {
  return tracked(DEMO_SUBSCRIPTION, resourceGroup, type, name, location, extra);
}
export function demoId(resourceGroup, type, ...names) {
  return armId(DEMO_SUBSCRIPTION, resourceGroup, type, ...names);
}
/** `GET <ARM id>` (a route key). */
export function get(id) {
  return `GET ${id}`;
}
/** Unix seconds, as Key Vault attributes carry them. */
export function unixSeconds(iso) {
  return Math.floor(Date.parse(iso) / 1000);
}

/** The demo account is frozen at this instant, so ages (key rotation, last use) never drift. */
export const DEMO_NOW = new Date('2026-11-20T09:00:00.000Z');
export const DEMO_ACCOUNT = '123456789012';
/** The organisation the demo account manages (it owns the organisation trail). */
export const DEMO_ORG_ID = 'o-a1b2c3d4e5';
export const DEMO_REGIONS = ['ap-southeast-2', 'eu-west-1', 'us-east-1'];
export function demoDaysAgo(days) {
  return new Date(DEMO_NOW.getTime() - days * 86_400_000);
}

import { describe, expect, it } from 'vitest';
import { SUB, scanWith, valueIn } from '../../../../../test/providers/azure/harness.js';
import { list, pages, subscriptionList } from '../../replay.js';
import { AZURE_DEFENDER_PRICINGS, AZURE_SECURITY_CONTACTS } from './state.js';

describe('Defender collectors', () => {
  it('reads Defender plans, and pages of security contacts in every API shape mapped to one', async () => {
    const { snapshots, http } = await scanWith(
      {
        [subscriptionList(SUB, 'Microsoft.Security/pricings')]: list([
          {
            id: `/subscriptions/${SUB}/providers/Microsoft.Security/pricings/VirtualMachines`,
            name: 'VirtualMachines',
            type: 'Microsoft.Security/pricings',
            properties: { pricingTier: 'Standard', subPlan: 'P2', freeTrialRemainingTime: 'PT0S' },
          },
          {
            id: `/subscriptions/${SUB}/providers/Microsoft.Security/pricings/KeyVaults`,
            name: 'KeyVaults',
            type: 'Microsoft.Security/pricings',
            properties: { pricingTier: 'Free' },
          },
        ]),
        [subscriptionList(SUB, 'Microsoft.Security/securityContacts')]: pages(
          [
            {
              id: `/subscriptions/${SUB}/providers/Microsoft.Security/securityContacts/default1`,
              name: 'default1',
              type: 'Microsoft.Security/securityContacts',
              properties: { email: 'sec@example.com', alertNotifications: 'On', alertsToAdmins: 'Off' },
            },
          ],
          [
            {
              id: `/subscriptions/${SUB}/providers/Microsoft.Security/securityContacts/default2`,
              name: 'default2',
              type: 'Microsoft.Security/securityContacts',
              properties: { phone: '+1' },
            },
          ],
          // The newer shapes ARM may send whatever version was asked for.
          [
            {
              id: `/subscriptions/${SUB}/providers/Microsoft.Security/securityContacts/default`,
              name: 'default',
              type: 'Microsoft.Security/securityContacts',
              properties: {
                emails: 'a@example.com;b@example.com',
                alertNotifications: { state: 'On', minimalSeverity: 'Medium' },
                notificationsByRole: { state: 'On', roles: ['Owner', 'ServiceAdmin'] },
              },
            },
          ],
          [
            {
              id: `/subscriptions/${SUB}/providers/Microsoft.Security/securityContacts/default`,
              name: 'default',
              type: 'Microsoft.Security/securityContacts',
              properties: {
                emails: 'c@example.com',
                isEnabled: true,
                notificationsByRole: { state: 'Off', roles: [] },
                notificationsSources: [
                  { sourceType: 'AttackPath', minimalRiskLevel: 'Critical' },
                  { sourceType: 'Alert', minimalSeverity: 'High' },
                ],
              },
            },
            {
              id: `/subscriptions/${SUB}/providers/Microsoft.Security/securityContacts/other`,
              name: 'other',
              type: 'Microsoft.Security/securityContacts',
              properties: {
                emails: 'd@example.com',
                isEnabled: false,
                notificationsSources: [{ sourceType: 'Alert', minimalSeverity: 'Low' }],
              },
            },
          ],
        ),
      },
      [AZURE_DEFENDER_PRICINGS, AZURE_SECURITY_CONTACTS],
    );
    const s = snapshots[0]!;
    expect(valueIn(s, AZURE_DEFENDER_PRICINGS).map((p) => [p.name, p.properties])).toEqual([
      ['VirtualMachines', { pricingTier: 'Standard', subPlan: 'P2' }],
      ['KeyVaults', { pricingTier: 'Free' }],
    ]);
    expect(valueIn(s, AZURE_SECURITY_CONTACTS).map((c) => c.properties)).toEqual([
      { emails: 'sec@example.com', alertNotifications: { state: 'On' }, notificationsByRole: { state: 'Off', roles: ['Owner'] } },
      { phone: '+1' },
      {
        emails: 'a@example.com;b@example.com',
        alertNotifications: { state: 'On', minimalSeverity: 'Medium' },
        notificationsByRole: { state: 'On', roles: ['Owner', 'ServiceAdmin'] },
      },
      {
        emails: 'c@example.com',
        alertNotifications: { state: 'On', minimalSeverity: 'High' },
        notificationsByRole: { state: 'Off', roles: [] },
      },
      { emails: 'd@example.com', alertNotifications: { state: 'Off', minimalSeverity: 'Low' } },
    ]);
    // Nothing here has a location, so the subscription's regions are `global`.
    expect(s.regions).toEqual(['global']);
    expect(http.unmatched).toEqual([]);
  });
});

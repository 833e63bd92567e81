import { describe, expect, it } from 'vitest';
import { AZURE_SUBSCRIPTION_DIAGNOSTICS } from '../../../src/providers/azure/inventory/monitor.js';
import { AZURE_DEFENDER_PRICINGS, AZURE_SECURITY_CONTACTS } from '../../../src/providers/azure/inventory/security.js';
import { list, pages, subscriptionList } from '../../../src/providers/azure/replay.js';
import { SUB, scanWith, valueIn } from '../../providers/azure/harness.js';

describe('Monitor and Defender collectors', () => {
  it('reads the activity-log settings, Defender plans, and pages of security contacts in every API shape mapped to one', async () => {
    const { snapshots, http } = await scanWith(
      {
        [subscriptionList(SUB, 'Microsoft.Insights/diagnosticSettings')]: list([
          {
            id: `/subscriptions/${SUB}/providers/microsoft.insights/diagnosticSettings/to-law`,
            name: 'to-law',
            type: 'Microsoft.Insights/diagnosticSettings',
            properties: {
              workspaceId: '/subscriptions/x/resourceGroups/y/providers/Microsoft.OperationalInsights/workspaces/law',
              logs: [
                { category: 'Administrative', enabled: true },
                { category: 'Security', enabled: false },
              ],
            },
          },
        ]),
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
      [AZURE_SUBSCRIPTION_DIAGNOSTICS, AZURE_DEFENDER_PRICINGS, AZURE_SECURITY_CONTACTS],
    );
    const s = snapshots[0]!;
    expect(valueIn(s, AZURE_SUBSCRIPTION_DIAGNOSTICS)[0]!.properties.logs).toEqual([
      { category: 'Administrative', enabled: true },
      { category: 'Security', enabled: false },
    ]);
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

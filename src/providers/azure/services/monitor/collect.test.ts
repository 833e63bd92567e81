import { describe, expect, it } from 'vitest';
import { SUB, scanWith, valueIn } from '../../../../../test/providers/azure/harness.js';
import { list, subscriptionList } from '../../replay.js';
import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { ACTIVITY_LOG_ALERT, monitorCollectors as alertCollectors } from './collect.js';
import { AZURE_ACTIVITY_LOG_ALERTS, AZURE_SUBSCRIPTION_DIAGNOSTICS } from './state.js';

describe('Monitor collectors', () => {
  it('reads the subscription activity-log diagnostic settings', async () => {
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
      },
      [AZURE_SUBSCRIPTION_DIAGNOSTICS],
    );
    const s = snapshots[0]!;
    expect(valueIn(s, AZURE_SUBSCRIPTION_DIAGNOSTICS)[0]!.properties.logs).toEqual([
      { category: 'Administrative', enabled: true },
      { category: 'Security', enabled: false },
    ]);
    // Nothing here has a location, so the subscription's regions are `global`.
    expect(s.regions).toEqual(['global']);
    expect(http.unmatched).toEqual([]);
  });
});

describeArmCollectors('monitor', alertCollectors, [
  {
    key: AZURE_ACTIVITY_LOG_ALERTS,
    type: ACTIVITY_LOG_ALERT,
    extra: { properties: { enabled: true, scopes: ['/subscriptions/x'], description: 'webhook token s3cret' } },
  },
]);

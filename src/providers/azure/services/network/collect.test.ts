import { describe, expect, it } from 'vitest';
import { SUB, scanWith, valueIn } from '../../../../../test/providers/azure/harness.js';
import { armId, denied, list, pages, subscriptionList, tracked } from '../../replay.js';
import { AZURE_FLOW_LOGS, AZURE_NSGS } from './state.js';

const rule = (name: string, port: string): Record<string, unknown> => ({
  id: `${armId(SUB, 'rg-net', 'Microsoft.Network/networkSecurityGroups/securityRules', 'nsg1', name)}`,
  name,
  type: 'Microsoft.Network/networkSecurityGroups/securityRules',
  properties: {
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    priority: 100,
    sourceAddressPrefix: '*',
    destinationPortRange: port,
    provisioningState: 'Succeeded',
  },
});
const watcher = (region: string): Record<string, unknown> =>
  tracked(SUB, 'NetworkWatcherRG', 'Microsoft.Network/networkWatchers', `NetworkWatcher_${region}`, region);
const flowLogsPath = (region: string): string =>
  `GET ${armId(SUB, 'NetworkWatcherRG', 'Microsoft.Network/networkWatchers/flowLogs', `NetworkWatcher_${region}`)}`;

describe('network collectors', () => {
  it('pages through NSGs and keeps their rules; an NSG without custom rules has an empty list', async () => {
    const { snapshots } = await scanWith(
      {
        [subscriptionList(SUB, 'Microsoft.Network/networkSecurityGroups')]: pages(
          [
            tracked(SUB, 'rg-net', 'Microsoft.Network/networkSecurityGroups', 'nsg1', 'westeurope', {
              properties: { securityRules: [rule('ssh', '22')], defaultSecurityRules: [] },
            }),
          ],
          [tracked(SUB, 'rg-net', 'Microsoft.Network/networkSecurityGroups', 'nsg2', 'westeurope', { properties: {} })],
        ),
      },
      [AZURE_NSGS],
    );
    const nsgs = valueIn(snapshots[0]!, AZURE_NSGS);
    expect(nsgs[0]!.properties.securityRules[0]!.properties).toEqual({
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      priority: 100,
      sourceAddressPrefix: '*',
      destinationPortRange: '22',
    });
    expect(nsgs[1]!.properties).toEqual({ securityRules: [], defaultSecurityRules: [] });
  });

  it('lists flow logs per watcher over several pages; a denied watcher keeps its own error', async () => {
    const flowLog = (name: string): Record<string, unknown> =>
      tracked(SUB, 'NetworkWatcherRG', 'Microsoft.Network/networkWatchers/flowLogs', name, 'westeurope', {
        id: `${armId(SUB, 'NetworkWatcherRG', 'Microsoft.Network/networkWatchers/flowLogs', 'NetworkWatcher_westeurope', name)}`,
        properties: {
          targetResourceId: armId(SUB, 'rg-net', 'Microsoft.Network/networkSecurityGroups', name),
          enabled: true,
          retentionPolicy: { enabled: true, days: 90 },
        },
      });
    const { snapshots, http } = await scanWith(
      {
        // ARM's watcher list is a single page (the API defines no nextLink).
        [subscriptionList(SUB, 'Microsoft.Network/networkWatchers')]: list([watcher('westeurope'), watcher('eastus')]),
        [flowLogsPath('westeurope')]: pages([flowLog('nsg1')], [flowLog('nsg2')]),
        [flowLogsPath('eastus')]: denied('Microsoft.Network/networkWatchers/flowLogs/read'),
      },
      [AZURE_FLOW_LOGS],
    );
    const s = snapshots[0]!;
    const byWatcher = valueIn(s, AZURE_FLOW_LOGS);
    const west = byWatcher[armId(SUB, 'NetworkWatcherRG', 'Microsoft.Network/networkWatchers', 'NetworkWatcher_westeurope')]!;
    expect(west.ok && west.value.map((f) => f.name)).toEqual(['nsg1', 'nsg2']);
    const east = byWatcher[armId(SUB, 'NetworkWatcherRG', 'Microsoft.Network/networkWatchers', 'NetworkWatcher_eastus')]!;
    expect(!east.ok && east.error).toMatchObject({
      kind: 'denied',
      api: 'Microsoft.Network/networkWatchers/flowLogs:list',
      action: 'Microsoft.Network/networkWatchers/flowLogs/read',
    });
    expect(s.apiCalls['Microsoft.Network/networkWatchers/flowLogs:list']).toMatchObject({ calls: 3, errors: 1 });
    expect(s.regions).toEqual(['eastus', 'westeurope']);
    expect(http.unmatched).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { SUB, scanWith, valueIn } from '../../../../../test/providers/azure/harness.js';
import { armId, pages, subscriptionList, tracked } from '../../replay.js';
import { AZURE_SQL_AUDITING, AZURE_SQL_DATABASES, AZURE_SQL_FIREWALL_RULES, AZURE_SQL_SERVERS, AZURE_SQL_TDE } from './state.js';

const server = (name: string, properties: Record<string, unknown>): Record<string, unknown> =>
  tracked(SUB, 'rg-db', 'Microsoft.Sql/servers', name, 'westeurope', { properties: { administratorLogin: 'sqladmin', ...properties } });
const srv = (name: string): string => armId(SUB, 'rg-db', 'Microsoft.Sql/servers', name);
const db = (serverName: string, name: string): Record<string, unknown> =>
  tracked(SUB, 'rg-db', 'Microsoft.Sql/servers/databases', name, 'westeurope', {
    id: `${srv(serverName)}/databases/${name}`,
    properties: { status: 'Online' },
  });

describe('SQL collectors', () => {
  it('pages servers (with the Entra admin expanded), then per server auditing, firewall rules and databases, and TDE per user database', async () => {
    const serverPages = pages(
      [
        server('sql1', {
          minimalTlsVersion: '1.2',
          administrators: { administratorType: 'ActiveDirectory', login: 'dba-group', azureADOnlyAuthentication: true },
        }),
      ],
      [server('sql2', { minimalTlsVersion: '1.0' })],
    );
    const expands: (string | null)[] = [];
    const { snapshots, http } = await scanWith(
      {
        [subscriptionList(SUB, 'Microsoft.Sql/servers')]: (req) => {
          expands.push(req.query.get('$expand'));
          return serverPages(req);
        },
        [`GET ${srv('sql1')}/auditingSettings/default`]: {
          body: {
            id: `${srv('sql1')}/auditingSettings/default`,
            name: 'default',
            type: 'Microsoft.Sql/servers/auditingSettings',
            properties: { state: 'Enabled', retentionDays: 90, storageAccountAccessKey: 'c2VjcmV0' },
          },
        },
        [`GET ${srv('sql2')}/auditingSettings/default`]: {
          body: {
            id: `${srv('sql2')}/auditingSettings/default`,
            name: 'default',
            type: 'Microsoft.Sql/servers/auditingSettings',
            properties: { state: 'Disabled' },
          },
        },
        [`GET ${srv('sql1')}/firewallRules`]: pages(
          [
            {
              id: `${srv('sql1')}/firewallRules/office`,
              name: 'office',
              type: 'Microsoft.Sql/servers/firewallRules',
              properties: { startIpAddress: '203.0.113.1', endIpAddress: '203.0.113.9' },
            },
          ],
          [
            {
              id: `${srv('sql1')}/firewallRules/all`,
              name: 'all',
              type: 'Microsoft.Sql/servers/firewallRules',
              properties: { startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' },
            },
          ],
        ),
        [`GET ${srv('sql2')}/firewallRules`]: { body: { value: [] } },
        [`GET ${srv('sql1')}/databases`]: pages([db('sql1', 'master')], [db('sql1', 'orders')]),
        [`GET ${srv('sql2')}/databases`]: { body: { value: [db('sql2', 'master')] } },
        [`GET ${srv('sql1')}/databases/orders/transparentDataEncryption/current`]: {
          body: {
            id: `${srv('sql1')}/databases/orders/transparentDataEncryption/current`,
            name: 'current',
            type: 'Microsoft.Sql/servers/databases/transparentDataEncryption',
            properties: { state: 'Enabled' },
          },
        },
      },
      [AZURE_SQL_SERVERS, AZURE_SQL_AUDITING, AZURE_SQL_FIREWALL_RULES, AZURE_SQL_DATABASES, AZURE_SQL_TDE],
    );
    const s = snapshots[0]!;
    expect(valueIn(s, AZURE_SQL_SERVERS).map((x) => x.properties)).toEqual([
      {
        minimalTlsVersion: '1.2',
        administrators: { administratorType: 'ActiveDirectory', login: 'dba-group', azureADOnlyAuthentication: true },
      },
      { minimalTlsVersion: '1.0' },
    ]);
    expect(valueIn(s, AZURE_SQL_AUDITING)[srv('sql1')]).toEqual({
      ok: true,
      value: expect.objectContaining({ properties: { state: 'Enabled', retentionDays: 90 } }),
    });
    const rules = valueIn(s, AZURE_SQL_FIREWALL_RULES)[srv('sql1')]!;
    expect(rules.ok && rules.value.map((r) => r.name)).toEqual(['office', 'all']);
    expect(Object.keys(valueIn(s, AZURE_SQL_TDE))).toEqual([`${srv('sql1')}/databases/orders`]);
    expect(JSON.stringify(s)).not.toContain('c2VjcmV0');
    // The first page asks for the admin; nextLink carries ARM's own query onwards.
    expect(expands[0]).toBe('administrators/activedirectory');
    expect(http.unmatched).toEqual([]);
  });
});

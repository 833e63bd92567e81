import { describe, expect, it } from 'vitest';
import { SUB, scanWith, valueIn } from '../../../../../test/providers/azure/harness.js';
import { pages, subscriptionList, tracked } from '../../replay.js';
import { AZURE_LOCKS, AZURE_RESOURCE_GROUPS, AZURE_RESOURCES } from './state.js';

const group = (name: string, tags?: Record<string, string>): Record<string, unknown> => ({
  id: `/subscriptions/${SUB}/resourceGroups/${name}`,
  name,
  type: 'Microsoft.Resources/resourceGroups',
  location: 'westeurope',
  ...(tags ? { tags } : {}),
  properties: { provisioningState: 'Succeeded' },
});
const lock = (scope: string, name: string): Record<string, unknown> => ({
  id: `${scope}/providers/Microsoft.Authorization/locks/${name}`,
  name,
  type: 'Microsoft.Authorization/locks',
  properties: { level: 'CanNotDelete', notes: 'keep', owners: [{ applicationId: 'x' }] },
});

describe('resource collectors', () => {
  it('pages through groups, resources and locks, defaulting tags and deriving each lock scope', async () => {
    const rg = `/subscriptions/${SUB}/resourceGroups/rg-prod`;
    const { snapshots, http } = await scanWith(
      {
        [`GET /subscriptions/${SUB}/resourcegroups`]: pages([group('rg-prod', { owner: 'team-a' })], [group('rg-dev')]),
        [`GET /subscriptions/${SUB}/resources`]: pages(
          [
            tracked(SUB, 'rg-prod', 'Microsoft.Compute/virtualMachines', 'vm1', 'westeurope', {
              tags: { owner: 'a', n: 1, environment: 'prod', dbPassword: 'hunter2', conn: 'AccountName=x;AccountKey=c2VjcmV0' },
            }),
          ],
          [tracked(SUB, 'rg-dev', 'Microsoft.Web/sites', 'app1', 'northeurope', { kind: 'app' })],
        ),
        [subscriptionList(SUB, 'Microsoft.Authorization/locks')]: pages(
          [lock(rg, 'no-delete')],
          [lock(`/subscriptions/${SUB}`, 'sub-lock')],
        ),
      },
      [AZURE_RESOURCE_GROUPS, AZURE_RESOURCES, AZURE_LOCKS],
    );
    const s = snapshots[0]!;
    expect(valueIn(s, AZURE_RESOURCE_GROUPS).map((g) => [g.name, g.tags])).toEqual([
      ['rg-prod', { owner: 'team-a' }],
      ['rg-dev', {}],
    ]);
    // Tags are string maps: a non-string value is not kept as a tag, and secrets people put in tags never reach the snapshot.
    expect(valueIn(s, AZURE_RESOURCES).map((r) => [r.name, r.tags, r.kind])).toEqual([
      ['vm1', { owner: 'a', environment: 'prod', dbPassword: '[REDACTED]', conn: 'AccountName=x;AccountKey=[REDACTED]' }, undefined],
      ['app1', {}, 'app'],
    ]);
    expect(valueIn(s, AZURE_LOCKS)).toEqual([
      {
        id: `${rg}/providers/Microsoft.Authorization/locks/no-delete`,
        name: 'no-delete',
        type: 'Microsoft.Authorization/locks',
        properties: { level: 'CanNotDelete', notes: 'keep' },
        scope: rg,
      },
      expect.objectContaining({ name: 'sub-lock', scope: `/subscriptions/${SUB}` }),
    ]);
    expect(s.regions).toEqual(['northeurope', 'westeurope']);
    expect(s.apiCalls['Microsoft.Resources/subscriptions/resourceGroups:list']?.calls).toBe(2);
    expect(s.apiCalls['Microsoft.Authorization/locks:list']?.calls).toBe(2);
    expect(http.unmatched).toEqual([]);
  });
});

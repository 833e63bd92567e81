import type { TokenCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { AZURE_COLLECTORS } from '../../../src/providers/azure/collectors.js';
import { resolveCloud, staticTokenCredential } from '../../../src/providers/azure/credentials.js';
import {
  denied,
  list,
  pages,
  type ReplayAnswer,
  type ReplayRoutes,
  replayClient,
  subscriptionList,
  tracked,
} from '../../../src/providers/azure/replay.js';
import { collectAzure } from '../../../src/providers/azure/scan.js';
import { armServiceParents } from '../../../src/providers/azure/service-kit/sample.fixtures.js';
import { AZURE_LOCKS, AZURE_RESOURCE_GROUPS } from '../../../src/providers/azure/services/resources/state.js';
import { AZURE_STORAGE_ACCOUNTS, AZURE_STORAGE_BLOB_SERVICES } from '../../../src/providers/azure/services/storage/state.js';
import { needs, resultOf, SUB, SUB2, scanWith, valueIn } from './harness.js';

const account = (sub: string, name: string, location: string): Record<string, unknown> =>
  tracked(sub, 'rg', 'Microsoft.Storage/storageAccounts', name, location, {
    kind: 'StorageV2',
    properties: { minimumTlsVersion: 'TLS1_2' },
  });

/** Every subscription-level route a subscription answers the same way (for a denied subscription). */
function everyList(sub: string, answer: ReplayAnswer): ReplayRoutes {
  return {
    [subscriptionList(sub, 'Microsoft.Storage/storageAccounts')]: answer,
    [`GET /subscriptions/${sub}/resourcegroups`]: answer,
    [subscriptionList(sub, 'Microsoft.Authorization/locks')]: answer,
  };
}

describe('collectAzure', () => {
  it('`all` enumerates subscriptions; a denied subscription yields a snapshot of errors and the others finish', async () => {
    const { snapshots, http } = await scanWith(
      {
        'GET /subscriptions': pages(
          [{ subscriptionId: SUB2, displayName: 'Locked out' }],
          [{ subscriptionId: SUB, displayName: 'Production' }],
        ),
        ...everyList(SUB2, denied('*/read')),
        [subscriptionList(SUB, 'Microsoft.Storage/storageAccounts')]: list([
          account(SUB, 'a1', 'westeurope'),
          account(SUB, 'a2', 'eastus'),
        ]),
        [`GET /subscriptions/${SUB}/resourcegroups`]: list([]),
        [subscriptionList(SUB, 'Microsoft.Authorization/locks')]: list([]),
      },
      [AZURE_STORAGE_ACCOUNTS, AZURE_RESOURCE_GROUPS, AZURE_LOCKS],
      { subscriptions: 'all' },
    );
    expect(snapshots.map((s) => [s.account, s.provider, s.homeRegion, s.regions])).toEqual([
      [{ id: SUB, partition: 'AzureCloud', alias: 'Production' }, 'azure', 'global', ['eastus', 'westeurope']],
      [{ id: SUB2, partition: 'AzureCloud', alias: 'Locked out' }, 'azure', 'global', ['global']],
    ]);
    const [ok, locked] = snapshots as [(typeof snapshots)[0], (typeof snapshots)[0]];
    expect(valueIn(ok, AZURE_STORAGE_ACCOUNTS)).toHaveLength(2);
    const kinds = [resultOf(locked, AZURE_STORAGE_ACCOUNTS), resultOf(locked, AZURE_RESOURCE_GROUPS), resultOf(locked, AZURE_LOCKS)].map(
      (r) => (r.ok ? 'ok' : r.error.kind),
    );
    expect(kinds).toEqual(['denied', 'denied', 'denied']);
    // Display names came with the list: no per-subscription get.
    expect(http.requests.filter((r) => r === `GET /subscriptions/${SUB}`)).toEqual([]);
    expect(http.unmatched).toEqual([]);
    // Discovery is counted once, on the first snapshot.
    expect(ok.apiCalls['Microsoft.Resources/subscriptions:list']?.calls).toBe(2);
    expect(locked.apiCalls['Microsoft.Resources/subscriptions:list']).toBeUndefined();
  });

  it('explicit ids get their display name, and an unreadable subscription is noted and still scanned', async () => {
    const { snapshots } = await scanWith(
      {
        [`GET /subscriptions/${SUB2}`]: denied('Microsoft.Resources/subscriptions/read'),
        ...everyList(SUB2, denied('*/read')),
        [subscriptionList(SUB, 'Microsoft.Storage/storageAccounts')]: list([]),
      },
      [AZURE_STORAGE_ACCOUNTS],
      { subscriptions: [SUB2, SUB] },
    );
    expect(snapshots.map((s) => s.account.alias)).toEqual([`sub-${SUB.slice(0, 4)}`, undefined]);
    expect(snapshots[1]!.notes).toEqual([expect.stringContaining('access denied; grant Microsoft.Resources/subscriptions/read')]);
  });

  it('--management-group scans the subscriptions under it, at any depth', async () => {
    const { snapshots } = await scanWith(
      {
        'GET /providers/Microsoft.Management/managementGroups/mg-root/descendants': pages(
          [
            {
              id: '/providers/Microsoft.Management/managementGroups/mg-prod',
              type: 'Microsoft.Management/managementGroups',
              name: 'mg-prod',
              displayName: 'Prod',
            },
          ],
          [
            {
              id: `/subscriptions/${SUB}`,
              type: 'Microsoft.Management/managementGroups/subscriptions',
              name: SUB,
              displayName: 'Production',
            },
          ],
        ),
        [subscriptionList(SUB, 'Microsoft.Storage/storageAccounts')]: list([]),
      },
      [AZURE_STORAGE_ACCOUNTS],
      { managementGroup: 'mg-root' },
    );
    expect(snapshots.map((s) => s.account)).toEqual([{ id: SUB, partition: 'AzureCloud', alias: 'Production' }]);
  });

  it('bad discovery input is one InputError naming the flag', async () => {
    await expect(scanWith({ 'GET /subscriptions': list([]) }, [AZURE_STORAGE_ACCOUNTS], { subscriptions: 'all' })).rejects.toThrow(
      new InputError('--subscriptions', 'the credential can see no subscriptions; grant it Reader on one, or pass ids'),
    );
    await expect(
      scanWith(
        {
          'GET /providers/Microsoft.Management/managementGroups/mg-x/descendants': denied(
            'Microsoft.Management/managementGroups/descendants/read',
          ),
        },
        [AZURE_STORAGE_ACCOUNTS],
        { managementGroup: 'mg-x' },
      ),
    ).rejects.toThrow(
      /--management-group: cannot list "mg-x": .*access denied; grant Microsoft.Management\/managementGroups\/descendants\/read/,
    );
  });

  it('calls each API once however many checks need its key, and only for keys the checks need', async () => {
    const { snapshots, http } = await scanWith(
      {
        [subscriptionList(SUB, 'Microsoft.Storage/storageAccounts')]: list([account(SUB, 'a1', 'westeurope')]),
        [`GET /subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a1/blobServices/default`]: {
          body: { id: 'x', name: 'default', type: 'Microsoft.Storage/storageAccounts/blobServices', properties: {} },
        },
      },
      [needs(AZURE_STORAGE_ACCOUNTS), needs(AZURE_STORAGE_BLOB_SERVICES, AZURE_STORAGE_ACCOUNTS), needs(AZURE_STORAGE_BLOB_SERVICES)],
    );
    expect(Object.keys(snapshots[0]!.inventory)).toEqual(['azure.storage.accounts', 'azure.storage.blobServices']);
    expect(Object.fromEntries(Object.entries(snapshots[0]!.apiCalls).map(([k, v]) => [k, v.calls]))).toEqual({
      'Microsoft.Resources/subscriptions:get': 1,
      'Microsoft.Storage/storageAccounts/blobServices:get': 1,
      'Microsoft.Storage/storageAccounts:list': 1,
    });
    expect(http.requests).toHaveLength(3);
  });

  it('every collector declares the APIs it calls, named as the pipeline counts them', async () => {
    const declared = new Set(AZURE_COLLECTORS.flatMap((c) => c.apis.map((a) => a.api)));
    // One of each parent so every child collector makes its call.
    const id = (type: string, name: string): string => tracked(SUB, 'rg', type, name, 'westeurope').id as string;
    const http = replayClient({
      ...armServiceParents(SUB, (type, name) => tracked(SUB, 'rg', type, name, 'westeurope')),
      [`GET /subscriptions/${SUB}`]: { body: { subscriptionId: SUB } },
      [subscriptionList(SUB, 'Microsoft.Storage/storageAccounts')]: list([account(SUB, 'a1', 'westeurope')]),
      [subscriptionList(SUB, 'Microsoft.Network/networkWatchers')]: list([
        tracked(SUB, 'rg', 'Microsoft.Network/networkWatchers', 'nw', 'westeurope'),
      ]),
      [subscriptionList(SUB, 'Microsoft.KeyVault/vaults')]: list([
        tracked(SUB, 'rg', 'Microsoft.KeyVault/vaults', 'kv', 'westeurope', {
          properties: { tenantId: 't', sku: { family: 'A', name: 'standard' } },
        }),
      ]),
      [subscriptionList(SUB, 'Microsoft.Sql/servers')]: list([
        tracked(SUB, 'rg', 'Microsoft.Sql/servers', 'sql', 'westeurope', { properties: {} }),
      ]),
      [`GET ${id('Microsoft.Sql/servers', 'sql')}/databases`]: list([
        {
          id: `${id('Microsoft.Sql/servers', 'sql')}/databases/app`,
          name: 'app',
          type: 'Microsoft.Sql/servers/databases',
          location: 'westeurope',
          properties: {},
        },
      ]),
    });
    const [snap] = await collectAzure([needs(...AZURE_COLLECTORS.map((c) => c.key))], {
      credential: staticTokenCredential('t'),
      cloud: resolveCloud(undefined),
      httpClient: http,
      subscriptions: [SUB],
    });
    const called = Object.keys(snap!.apiCalls).filter((a) => a !== 'Microsoft.Resources/subscriptions:get');
    expect(called.sort()).toEqual([...declared].sort());
  });

  it('talks to the chosen cloud and asks for a token for its ARM audience', async () => {
    const scopes: string[] = [];
    const credential: TokenCredential = {
      getToken: async (s) => {
        scopes.push(...[s].flat());
        return { token: 't', expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    const hosts = new Set<string>();
    const http = replayClient({
      [subscriptionList(SUB, 'Microsoft.Storage/storageAccounts')]: (req) => {
        hosts.add(new URL(req.url).host);
        return { body: { value: [] } };
      },
    });
    const snaps = await collectAzure([needs(AZURE_STORAGE_ACCOUNTS)], {
      credential,
      cloud: resolveCloud('AzureChinaCloud'),
      httpClient: http,
      subscriptions: [SUB],
    });
    expect([...hosts]).toEqual(['management.chinacloudapi.cn']);
    expect(new Set(scopes)).toEqual(new Set(['https://management.chinacloudapi.cn/.default']));
    expect(snaps[0]!.account.partition).toBe('AzureChinaCloud');
  });

  it('a credential that cannot get a token is one InputError before any ARM call', async () => {
    const http = replayClient({});
    const credential: TokenCredential = {
      getToken: async () => {
        throw new Error('DefaultAzureCredential failed to retrieve a token');
      },
    };
    await expect(
      collectAzure([needs(AZURE_STORAGE_ACCOUNTS)], { credential, cloud: resolveCloud(undefined), httpClient: http }),
    ).rejects.toThrow(/^Azure credentials: DefaultAzureCredential failed.*az login/);
    expect(http.requests).toEqual([]);
  });
});

describe('Azure concurrency', () => {
  it('keeps per-subscription calls within the pool bounds however many resources fan out', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `acct${i}`);
    let inFlight = 0;
    let peak = 0;
    const routes: ReplayRoutes = {
      [subscriptionList(SUB, 'Microsoft.Storage/storageAccounts')]: list(names.map((n) => account(SUB, n, 'westeurope'))),
    };
    for (const n of names) {
      routes[`GET /subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/${n}/blobServices/default`] =
        async () => {
          peak = Math.max(peak, ++inFlight);
          await new Promise((r) => setImmediate(r));
          inFlight--;
          return { body: { id: n, name: 'default', type: 'Microsoft.Storage/storageAccounts/blobServices', properties: {} } };
        };
    }
    const { snapshots } = await scanWith(routes, [AZURE_STORAGE_BLOB_SERVICES]);
    expect(Object.keys(valueIn(snapshots[0]!, AZURE_STORAGE_BLOB_SERVICES))).toHaveLength(40);
    // One service in one subscription: the per-service pool (6) is the binding limit.
    expect(peak).toBe(6);
  });
});

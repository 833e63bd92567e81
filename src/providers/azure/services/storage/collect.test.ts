import { describe, expect, it } from 'vitest';
import { resultOf, SUB, scanWith, valueIn } from '../../../../../test/providers/azure/harness.js';
import { armId, denied, pages, sequence, subscriptionList, throttled, tracked } from '../../replay.js';
import { AZURE_SQL_SERVERS } from '../sql/state.js';
import { AZURE_STORAGE_ACCOUNTS, AZURE_STORAGE_BLOB_SERVICES } from './state.js';

const ACCOUNTS = subscriptionList(SUB, 'Microsoft.Storage/storageAccounts');
const account = (name: string, properties: Record<string, unknown> = {}, kind = 'StorageV2'): Record<string, unknown> =>
  tracked(SUB, 'rg-data', 'Microsoft.Storage/storageAccounts', name, 'westeurope', { kind, sku: { name: 'Standard_LRS' }, properties });
const blobPath = (name: string): string =>
  `GET ${armId(SUB, 'rg-data', 'Microsoft.Storage/storageAccounts/blobServices', name, 'default')}`;
const blobService = (name: string, days?: number): Record<string, unknown> => ({
  id: armId(SUB, 'rg-data', 'Microsoft.Storage/storageAccounts/blobServices', name, 'default'),
  name: 'default',
  type: 'Microsoft.Storage/storageAccounts/blobServices',
  properties: { deleteRetentionPolicy: days ? { enabled: true, days } : { enabled: false }, cors: { corsRules: [] } },
});

describe('storage collectors', () => {
  it('reads every page of accounts through nextLink and keeps only allowlisted fields', async () => {
    const { snapshots, http } = await scanWith(
      {
        [ACCOUNTS]: pages(
          [
            account('logs1', {
              supportsHttpsTrafficOnly: true,
              minimumTlsVersion: 'TLS1_2',
              primaryEndpoints: { blob: 'https://logs1.blob' },
            }),
          ],
          [account('data2', { allowBlobPublicAccess: true }, 'StorageV2')],
          [account('files3', {}, 'FileStorage')],
        ),
      },
      [AZURE_STORAGE_ACCOUNTS],
    );
    const accounts = valueIn(snapshots[0]!, AZURE_STORAGE_ACCOUNTS);
    expect(accounts.map((a) => a.name)).toEqual(['logs1', 'data2', 'files3']);
    expect(accounts[0]).toEqual({
      id: armId(SUB, 'rg-data', 'Microsoft.Storage/storageAccounts', 'logs1'),
      name: 'logs1',
      type: 'Microsoft.Storage/storageAccounts',
      location: 'westeurope',
      kind: 'StorageV2',
      tags: {},
      properties: { supportsHttpsTrafficOnly: true, minimumTlsVersion: 'TLS1_2' },
    });
    expect(snapshots[0]!.apiCalls['Microsoft.Storage/storageAccounts:list']).toMatchObject({ calls: 3, attempts: 3, errors: 0 });
    expect(http.unmatched).toEqual([]);
  });

  it('reads blob services per account, skips file-only accounts, and keeps a denied account as its own error', async () => {
    const { snapshots, http } = await scanWith(
      {
        [ACCOUNTS]: pages([account('logs1'), account('files3', {}, 'FileStorage')], [account('data2')]),
        [blobPath('logs1')]: { body: blobService('logs1', 7) },
        [blobPath('data2')]: denied('Microsoft.Storage/storageAccounts/blobServices/read'),
      },
      [AZURE_STORAGE_BLOB_SERVICES],
    );
    const perAccount = valueIn(snapshots[0]!, AZURE_STORAGE_BLOB_SERVICES);
    const logs1 = perAccount[armId(SUB, 'rg-data', 'Microsoft.Storage/storageAccounts', 'logs1')];
    expect(logs1).toEqual({
      ok: true,
      value: expect.objectContaining({ properties: { deleteRetentionPolicy: { enabled: true, days: 7 } } }),
    });
    expect(perAccount[armId(SUB, 'rg-data', 'Microsoft.Storage/storageAccounts', 'data2')]).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: 'denied',
        code: 'AuthorizationFailed',
        api: 'Microsoft.Storage/storageAccounts/blobServices:get',
        action: 'Microsoft.Storage/storageAccounts/blobServices/read',
      }),
    });
    expect(Object.keys(perAccount)).toHaveLength(2);
    expect(http.unmatched).toEqual([]);
  });

  it('retries a 429 after its Retry-After and then succeeds', async () => {
    const { snapshots } = await scanWith({ [ACCOUNTS]: sequence(throttled(0), { body: { value: [account('logs1')] } }) }, [
      AZURE_STORAGE_ACCOUNTS,
    ]);
    expect(resultOf(snapshots[0]!, AZURE_STORAGE_ACCOUNTS).ok).toBe(true);
    expect(snapshots[0]!.apiCalls['Microsoft.Storage/storageAccounts:list']).toMatchObject({
      calls: 1,
      attempts: 2,
      throttles: 1,
      errors: 0,
    });
  });

  it('a 200 without the shape ARM always sends is an error, never an empty list or a blank setting', async () => {
    const { snapshots } = await scanWith(
      {
        [ACCOUNTS]: pages([account('logs1')], [account('data2')]),
        [blobPath('logs1')]: { body: 'maintenance' },
        [blobPath('data2')]: { body: blobService('data2', 7) },
      },
      [AZURE_STORAGE_BLOB_SERVICES],
    );
    const perAccount = valueIn(snapshots[0]!, AZURE_STORAGE_BLOB_SERVICES);
    expect(perAccount[armId(SUB, 'rg-data', 'Microsoft.Storage/storageAccounts', 'logs1')]).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: 'unknown',
        api: 'Microsoft.Storage/storageAccounts/blobServices:get',
        message: 'ARM answered without a JSON object',
      }),
    });
    expect(perAccount[armId(SUB, 'rg-data', 'Microsoft.Storage/storageAccounts', 'data2')]?.ok).toBe(true);

    // arm-sql's pager reads a page without `value` as empty; annexa does not.
    const { snapshots: listed } = await scanWith({ [subscriptionList(SUB, 'Microsoft.Sql/servers')]: { body: { items: [] } } }, [
      AZURE_SQL_SERVERS,
    ]);
    expect(resultOf(listed[0]!, AZURE_SQL_SERVERS)).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: 'unknown',
        api: 'Microsoft.Sql/servers:list',
        message: 'ARM answered without a `value` list on a page',
      }),
    });
  });
});

import { describe, expect, it } from 'vitest';
import { armError, denied, type ReplayAnswer, subscriptionList, throttled, unregistered } from '../../../src/providers/azure/replay.js';
import { AZURE_RESOURCE_GROUPS } from '../../../src/providers/azure/services/resources/state.js';
import { AZURE_STORAGE_ACCOUNTS } from '../../../src/providers/azure/services/storage/state.js';
import { resultOf, SUB, scanWith } from './harness.js';

// Both SDK flavours: arm-storage (TypeSpec, @azure-rest) and arm-resources (core-client).
const STORAGE = subscriptionList(SUB, 'Microsoft.Storage/storageAccounts');
const GROUPS = `GET /subscriptions/${SUB}/resourcegroups`;

async function failWith(answer: ReplayAnswer): Promise<{ storage: unknown; groups: unknown; calls: Record<string, unknown> }> {
  const { snapshots } = await scanWith({ [STORAGE]: answer, [GROUPS]: answer }, [AZURE_STORAGE_ACCOUNTS, AZURE_RESOURCE_GROUPS]);
  const s = snapshots[0]!;
  const err = (r: ReturnType<typeof resultOf>): unknown => (r.ok ? 'ok' : r.error);
  return { storage: err(resultOf(s, AZURE_STORAGE_ACCOUNTS)), groups: err(resultOf(s, AZURE_RESOURCE_GROUPS)), calls: s.apiCalls };
}

describe('Azure error classification, through the SDK pipeline', () => {
  it('403 AuthorizationFailed is denied, naming the API and the RBAC action', async () => {
    const r = await failWith(denied('Microsoft.Storage/storageAccounts/read'));
    expect(r.storage).toEqual({
      kind: 'denied',
      code: 'AuthorizationFailed',
      api: 'Microsoft.Storage/storageAccounts:list',
      action: 'Microsoft.Storage/storageAccounts/read',
      message: expect.stringContaining('does not have authorization'),
    });
    expect(r.groups).toMatchObject({
      kind: 'denied',
      api: 'Microsoft.Resources/subscriptions/resourceGroups:list',
      action: 'Microsoft.Resources/subscriptions/resourceGroups/read',
    });
  });

  it('a 403 without an ARM code is still denied', async () => {
    const r = await failWith({ status: 403, body: {} });
    expect(r.storage).toMatchObject({ kind: 'denied' });
    expect(r.groups).toMatchObject({ kind: 'denied' });
  });

  it('an unregistered resource provider is unsupported', async () => {
    const r = await failWith(unregistered('Microsoft.Storage'));
    expect(r.storage).toMatchObject({ kind: 'unsupported', code: 'MissingSubscriptionRegistration' });
    expect(r.groups).toMatchObject({ kind: 'unsupported' });
  });

  it('404 is not_found and an unrecognised failure is unknown', async () => {
    expect((await failWith(armError(404, 'ResourceNotFound', 'gone'))).storage).toMatchObject({ kind: 'not_found' });
    const r = await failWith(armError(400, 'BadRequest', 'nope'));
    expect(r.storage).toMatchObject({ kind: 'unknown', code: 'BadRequest' });
    expect(r.groups).toMatchObject({ kind: 'unknown', code: 'BadRequest' });
  });

  it('429 that outlasts the retries is throttled, with every attempt counted', async () => {
    const r = await failWith(throttled(0));
    expect(r.storage).toMatchObject({ kind: 'throttled', api: 'Microsoft.Storage/storageAccounts:list' });
    expect(r.groups).toMatchObject({ kind: 'throttled' });
    // The SDK's retry policy: 1 attempt + 5 retries, each seen by the per-attempt policy.
    expect(r.calls['Microsoft.Storage/storageAccounts:list']).toMatchObject({ calls: 1, attempts: 6, throttles: 6, errors: 1 });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscriptionList, throttled, tracked } from '../../../src/providers/azure/replay.js';
import { AZURE_STORAGE_ACCOUNTS } from '../../../src/providers/azure/services/storage/state.js';
import { resultOf, SUB, scanWith } from './harness.js';

describe('Retry-After', () => {
  afterEach(() => vi.useRealTimers());

  it('waits exactly what ARM asks before retrying, then succeeds (on a fake clock: nothing sleeps)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const path = subscriptionList(SUB, 'Microsoft.Storage/storageAccounts');
    const attemptsAt: number[] = [];
    const account = tracked(SUB, 'rg', 'Microsoft.Storage/storageAccounts', 'a1', 'westeurope', { kind: 'StorageV2', properties: {} });
    let done = false;
    const run = scanWith(
      {
        [path]: () => {
          attemptsAt.push(Date.now());
          return attemptsAt.length === 1 ? throttled(3) : { body: { value: [account] } };
        },
      },
      [AZURE_STORAGE_ACCOUNTS],
    ).finally(() => (done = true));
    // Let real I/O (the lazy SDK import) run until the first attempt, then step the fake clock in 100 ms ticks.
    while (!done) {
      await new Promise((r) => setImmediate(r));
      if (attemptsAt.length > 0) await vi.advanceTimersByTimeAsync(100);
    }
    const { snapshots } = await run;
    expect(resultOf(snapshots[0]!, AZURE_STORAGE_ACCOUNTS).ok).toBe(true);
    expect(attemptsAt).toHaveLength(2);
    const waited = attemptsAt[1]! - attemptsAt[0]!;
    expect(waited).toBeGreaterThanOrEqual(3000);
    expect(waited).toBeLessThanOrEqual(3100);
    expect(snapshots[0]!.apiCalls['Microsoft.Storage/storageAccounts:list']).toEqual({
      calls: 1,
      attempts: 2,
      throttles: 1,
      errors: 0,
      retryDelayMs: 3000,
      rateWaitMs: 0,
    });
  });
});

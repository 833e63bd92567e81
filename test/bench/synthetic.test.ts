import { describe, expect, it } from 'vitest';
import { accountHandlers, accountId, callDiffs, FakeAws, HOME, minimumCalls, regionsOf, type Scenario } from '../../bench/synthetic.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { collectAws } from '../../src/providers/aws/scan.js';
import { fakeService } from '../../src/providers/aws/simulator.js';

/** A few of everything, two accounts and two regions: small enough to scan in a test, large enough to fan out. */
const tiny: Scenario = {
  name: 'tiny',
  accounts: 2,
  regions: 2,
  buckets: 3,
  users: 11,
  roles: 2,
  policies: 2,
  trails: 2,
  securityGroups: 2,
  logGroups: 3,
  volumes: 2,
  kmsKeys: 4,
  latencyMs: 0,
  serverLimitFactor: 1,
};

describe('the benchmark C_min model', () => {
  it('counts exactly the calls a scan of every check makes, API by API', async () => {
    const fake = new FakeAws(tiny);
    const counted = new Map<string, number>();
    for (let i = 0; i < tiny.accounts; i++) {
      const account = accountId(i);
      const snapshot = await collectAws(ALL_CHECKS, {
        credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
        homeRegion: HOME,
        regions: regionsOf(tiny),
        configure: fakeService(accountHandlers(tiny, fake, account)),
      });
      for (const [api, st] of Object.entries(snapshot.apiCalls)) counted.set(api, (counted.get(api) ?? 0) + st.calls);
      // The estate answers every API: nothing is unreadable or denied.
      const failures = Object.entries(snapshot.inventory).flatMap(([k, scopes]) =>
        Object.entries(scopes).flatMap(([scope, e]) => (e.result.ok ? [] : [`${k}@${scope}`])),
      );
      expect(failures).toEqual([]);
    }
    expect(callDiffs(counted, minimumCalls(tiny), tiny.accounts)).toEqual([]);
    expect(fake.throttled).toBe(0);
  }, 60_000);
});

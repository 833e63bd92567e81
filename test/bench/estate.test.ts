import { describe, expect, it } from 'vitest';
import { estateSnapshot, templateSnapshot } from '../../bench/estate.js';
import { accountHandlers, accountId, FakeAws, HOME, regionsOf, type Scenario } from '../../bench/synthetic.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { collectAws } from '../../src/providers/aws/scan.js';
import { fakeService } from '../../src/providers/aws/simulator.js';

/** A few of everything, so every generated listing and per-resource answer is compared. */
const small: Scenario = {
  name: 'small',
  accounts: 2,
  regions: 2,
  buckets: 7,
  users: 23,
  roles: 5,
  policies: 3,
  trails: 2,
  securityGroups: 3,
  logGroups: 5,
  volumes: 10,
  kmsKeys: 4,
  latencyMs: 0,
  serverLimitFactor: 1000,
};

/** Collectors list in API order; generated lists are in index order. Order carries no meaning to checks. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

describe('the generated estate', () => {
  it('holds exactly what a scan of the same fake account collects', async () => {
    const account = accountId(1);
    const scanned = await collectAws(ALL_CHECKS, {
      credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
      homeRegion: HOME,
      regions: regionsOf(small),
      configure: fakeService(accountHandlers(small, new FakeAws(small), account)),
    });
    const generated = estateSnapshot(await templateSnapshot(small), small, 1);
    expect(generated.account).toEqual(scanned.account);
    expect(Object.keys(generated.inventory).sort()).toEqual(Object.keys(scanned.inventory).sort());
    for (const [key, scopes] of Object.entries(scanned.inventory))
      for (const [scope, entry] of Object.entries(scopes))
        expect(canonical(generated.inventory[key]?.[scope]?.result), `${key}@${scope}`).toEqual(canonical(entry.result));
  }, 60_000);
});

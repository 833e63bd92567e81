import { describe, expect, it } from 'vitest';
import { api } from '../../../src/inventory/collector.js';
import { inventoryKey } from '../../../src/model/keys.js';
import type { AzureCollector } from '../../../src/providers/azure/context.js';
import { denied, pages, sequence, throttled } from '../../../src/providers/azure/replay.js';
import { wireList } from '../../../src/providers/azure/wire.js';
import { needs, resultOf, SUB, scanWith } from './harness.js';

const SITES = inventoryKey<{ id: string; name: string }[]>('azure.test.sites', 'global');
const LIST = api('Microsoft.Web/sites/read');
const sites: AzureCollector<{ id: string; name: string }[]> = {
  key: SITES,
  service: 'arm',
  apis: [LIST],
  async collect(ctx) {
    const client = await ctx.client('arm');
    const raw = await wireList(ctx, LIST, () =>
      client.list(`/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Web/sites`, '2023-12-01'),
    );
    return raw.map((r) => ({ id: String((r as { id: unknown }).id), name: String((r as { name: unknown }).name) }));
  },
};
const route = `GET /subscriptions/${SUB}/providers/Microsoft.Web/sites`;

describe('ArmRestClient through the ARM pipeline', () => {
  it('follows nextLink pages and sends the api-version once', async () => {
    const { snapshots, http } = await scanWith({ [route]: pages([{ id: 'a', name: 'a' }], [{ id: 'b', name: 'b' }]) }, [needs(SITES)], {
      collectors: [sites as never],
    });
    expect(resultOf(snapshots[0]!, SITES)).toEqual({
      ok: true,
      value: [
        { id: 'a', name: 'a' },
        { id: 'b', name: 'b' },
      ],
    });
    // Page 1 by route, page 2 by the nextLink the replay gave (same route, `page=2`), and nothing unanswered.
    expect(http.requests.filter((r) => r.includes('Microsoft.Web'))).toHaveLength(2);
    expect(http.unmatched).toEqual([]);
    let seen = '';
    await scanWith(
      {
        [route]: (req) => {
          seen = req.query.get('api-version') ?? '';
          return { body: { value: [] } };
        },
      },
      [needs(SITES)],
      { collectors: [sites as never] },
    );
    expect(seen).toBe('2023-12-01');
  });

  it('classifies 403 as denied and retries 429', async () => {
    const d = await scanWith({ [route]: denied('Microsoft.Web/sites/read') }, [needs(SITES)], { collectors: [sites as never] });
    expect(resultOf(d.snapshots[0]!, SITES)).toMatchObject({ ok: false, error: { kind: 'denied' } });
    const t = await scanWith({ [route]: sequence(throttled(0), { body: { value: [{ id: 'c', name: 'c' }] } }) }, [needs(SITES)], {
      collectors: [sites as never],
    });
    expect(resultOf(t.snapshots[0]!, SITES)).toEqual({ ok: true, value: [{ id: 'c', name: 'c' }] });
  });
});

/**
 * Collector tests shared by the ARM service folders, run through the real pipeline with a replay
 * HttpClient: a list over two nextLink pages, a 403 named as denied, a 429 waited out (Retry-After),
 * and each per-resource child read once per parent with its own failures kept on that parent.
 */
import { describe, expect, it } from 'vitest';
import { resultOf, SUB, scanWith } from '../../../../test/providers/azure/harness.js';
import type { InventoryKey, PerResource } from '../../../model/keys.js';
import type { AzureCollector } from '../context.js';
import { denied, pages, type ReplayAnswer, sequence, throttled, tracked } from '../replay.js';

export interface ChildRoute {
  key: InventoryKey<PerResource<unknown>>;
  /** Path under the parent id, e.g. `/config/web`. */
  suffix: string;
  answer: ReplayAnswer;
}

export interface ListUnderTest {
  key: InventoryKey<unknown[]>;
  type: string;
  /** Extra fields of a listed item (properties, sku, kind). */
  extra?: Record<string, unknown>;
  children?: ChildRoute[];
}

export function describeArmCollectors(service: string, collectors: readonly AzureCollector<unknown>[], lists: ListUnderTest[]): void {
  const opts = { collectors: collectors as never };
  for (const l of lists) {
    const route = `GET /subscriptions/${SUB}/providers/${l.type}`;
    const item = (name: string) => tracked(SUB, 'rg', l.type, name, 'westeurope', l.extra ?? { properties: {} });
    describe(`${service}: ${l.key.id}`, () => {
      it('follows nextLink over two pages', async () => {
        const { snapshots, http } = await scanWith({ [route]: pages([item('a')], [item('b')]) }, [l.key], opts);
        const got = resultOf(snapshots[0]!, l.key);
        expect(got.ok && got.value.map((v) => (v as { name: string }).name)).toEqual(['a', 'b']);
        expect(http.requests.filter((r) => r === route)).toHaveLength(2);
        // Only fields a Shape names are kept: anything else ARM sends (settings with secrets) is dropped.
        expect(JSON.stringify(snapshots[0])).not.toContain('s3cret');
      });

      it('names a 403 as denied with the RBAC action', async () => {
        const { snapshots } = await scanWith({ [route]: denied(`${l.type}/read`) }, [l.key], opts);
        expect(resultOf(snapshots[0]!, l.key)).toMatchObject({ ok: false, error: { kind: 'denied', action: `${l.type}/read` } });
      });

      it('waits out a 429 with Retry-After and succeeds', async () => {
        const { snapshots } = await scanWith({ [route]: sequence(throttled(0), { body: { value: [item('c')] } }) }, [l.key], opts);
        expect(resultOf(snapshots[0]!, l.key).ok).toBe(true);
      });

      for (const c of l.children ?? []) {
        it(`reads ${c.key.id} once per listed resource, keeping a 403 on its resource`, async () => {
          const [a, b] = [item('a'), item('b')];
          const routes = {
            [route]: pages([a, b]),
            [`GET ${a.id}${c.suffix}`]: c.answer,
            [`GET ${b.id}${c.suffix}`]: denied('read'),
          };
          const { snapshots, http } = await scanWith(routes, [c.key], opts);
          const got = resultOf(snapshots[0]!, c.key);
          expect(got.ok).toBe(true);
          if (!got.ok) return;
          expect(got.value[String(a.id)]?.ok).toBe(true);
          expect(got.value[String(b.id)]).toMatchObject({ ok: false, error: { kind: 'denied' } });
          expect(http.requests.filter((r) => r === `GET ${a.id}${c.suffix}`)).toHaveLength(1);
          expect(http.unmatched).toEqual([]);
          expect(JSON.stringify(snapshots[0])).not.toContain('s3cret');
        });
      }
    });
  }
}

import { describe, expect, it } from 'vitest';
import { failed, ok } from '../model/fetched.js';
import { PER_RESOURCE_WINDOW, perResource } from './collector.js';

describe('perResource', () => {
  it('keys results in input order whatever order the calls finish in, keeps failures per item and bounds calls started', async () => {
    const ids = Array.from({ length: PER_RESOURCE_WINDOW * 3 }, (_, i) => `b-${String(i).padStart(3, '0')}`);
    let inFlight = 0;
    let most = 0;
    const out = await perResource(
      ids,
      (id) => id,
      async (id) => {
        inFlight++;
        most = Math.max(most, inFlight);
        // Later items finish first.
        await new Promise((r) => setTimeout(r, (ids.length - ids.indexOf(id)) % 7));
        inFlight--;
        return id.endsWith('5')
          ? failed({ kind: 'denied', api: 's3:GetBucketAcl', action: 's3:GetBucketAcl', message: 'no' })
          : ok(id.length);
      },
    );
    expect(Object.keys(out)).toEqual(ids);
    expect(out['b-005']).toMatchObject({ ok: false, error: { kind: 'denied' } });
    expect(out['b-006']).toEqual({ ok: true, value: 5 });
    expect(most).toBe(PER_RESOURCE_WINDOW);
  });
});

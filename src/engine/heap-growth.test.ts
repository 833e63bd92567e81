import { describe, expect, it } from 'vitest';
import { heapGrowthBounded, withBoundedHeapGrowth } from './heap-growth.js';

describe('withBoundedHeapGrowth', () => {
  it('bounds growth while any collection runs and restores it after the last, even on failure', async () => {
    expect(heapGrowthBounded()).toBe(false);
    let release!: () => void;
    const slow = withBoundedHeapGrowth(() => new Promise<string>((r) => (release = () => r('slow'))));
    await expect(withBoundedHeapGrowth(async () => heapGrowthBounded())).resolves.toBe(true);
    await expect(
      withBoundedHeapGrowth(async () => {
        throw new Error('denied');
      }),
    ).rejects.toThrow('denied');
    expect(heapGrowthBounded()).toBe(true);
    release();
    await expect(slow).resolves.toBe('slow');
    expect(heapGrowthBounded()).toBe(false);
  });
});

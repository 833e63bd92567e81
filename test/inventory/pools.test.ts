import { describe, expect, it } from 'vitest';
import { Pools } from '../../src/inventory/pools.js';

async function peak(pools: Pools, jobs: { service: string; region: string }[]): Promise<Map<string, number>> {
  const live = new Map<string, number>();
  const max = new Map<string, number>();
  const bump = (k: string, d: number): void => {
    const v = (live.get(k) ?? 0) + d;
    live.set(k, v);
    max.set(k, Math.max(max.get(k) ?? 0, v));
  };
  await Promise.all(
    jobs.map((j) =>
      pools.run(j.service, j.region, async () => {
        for (const k of ['all', `svc:${j.service}:${j.region}`, `region:${j.region}`]) bump(k, 1);
        await new Promise((r) => setTimeout(r, 2));
        for (const k of ['all', `svc:${j.service}:${j.region}`, `region:${j.region}`]) bump(k, -1);
      }),
    ),
  );
  return max;
}

describe('Pools', () => {
  it('bounds calls globally, per service and per region', async () => {
    const pools = new Pools({ global: 5, perService: 2, perRegion: 3, services: { iam: 1 } });
    const jobs = ['s3', 'ec2', 'iam'].flatMap((service) =>
      ['r1', 'r2'].flatMap((region) => Array.from({ length: 6 }, () => ({ service, region }))),
    );
    const max = await peak(pools, jobs);
    expect(max.get('all')).toBeLessThanOrEqual(5);
    expect(max.get('region:r1')).toBeLessThanOrEqual(3);
    expect(max.get('svc:s3:r1')).toBeLessThanOrEqual(2);
    expect(max.get('svc:iam:r1')).toBe(1);
    expect(max.get('all')).toBeGreaterThan(1);
  });
});

describe('Pools ordering', () => {
  it('does not let calls queued on a narrow service pool hold region slots', async () => {
    const pools = new Pools({ global: 100, perService: 10, perRegion: 2, services: { iam: 1 } });
    const order: string[] = [];
    let releaseIam!: () => void;
    const iamGate = new Promise<void>((r) => (releaseIam = r));
    const iam = [1, 2, 3].map((n) =>
      pools.run('iam', 'r1', async () => {
        order.push(`iam${n}`);
        await iamGate;
      }),
    );
    // With region slots taken first, two queued IAM calls would block this S3 call.
    await pools.run('s3', 'r1', async () => void order.push('s3'));
    expect(order).toEqual(['iam1', 's3']);
    releaseIam();
    await Promise.all(iam);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { GetRoleCommand } from '@aws-sdk/client-iam';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiStats } from '../../../src/inventory/api-stats.js';
import { Pools } from '../../../src/inventory/pools.js';
import { loadSnapshot } from '../../../src/inventory/snapshot-file.js';
import { fromRoot } from '../../../src/paths.js';
import { AwsClients } from '../../../src/providers/aws/clients.js';
import { apiFamily, type Clock, RateLimiter, TokenBucket } from '../../../src/providers/aws/rate.js';
import { awsError, fakeService } from '../../support/aws.js';

/** A clock whose timers fire only when the test advances it. */
class FakeClock implements Clock {
  t = 0;
  private timers: { at: number; resolve: () => void }[] = [];
  now(): number {
    return this.t;
  }
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => this.timers.push({ at: this.t + ms, resolve }));
  }
  /** Fire timers in time order until `work` settles, letting woken code run between them. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const watched = work.finally(() => (settled = true));
    for (let i = 0; i < 10_000 && !settled; i++) {
      await new Promise((r) => setImmediate(r));
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift();
      if (!next) continue;
      this.t = Math.max(this.t, next.at);
      next.resolve();
    }
    return watched;
  }
}

describe('TokenBucket', () => {
  it('lets a burst through, then spaces requests at the refill rate', () => {
    const b = new TokenBucket({ rate: 20, burst: 100 }, 0);
    for (let i = 0; i < 100; i++) expect(b.reserve(0)).toBe(0);
    expect(b.reserve(0)).toBe(50);
    expect(b.reserve(0)).toBe(100);
    // One second later 20 tokens have arrived; two of them pay the debt.
    expect(b.reserve(1000)).toBe(0);
    for (let i = 0; i < 17; i++) expect(b.reserve(1000)).toBe(0);
    expect(b.reserve(1000)).toBe(50);
  });

  it('never banks more than the burst', () => {
    const b = new TokenBucket({ rate: 10, burst: 5 }, 0);
    for (let i = 0; i < 5; i++) b.reserve(60_000);
    expect(b.reserve(60_000)).toBe(100);
  });

  it('halves the rate on a throttle and earns it back linearly', () => {
    const b = new TokenBucket({ rate: 10, burst: 10 }, 0, { decrease: 0.5, recoverPerSecond: 0.05, floor: 0.05 });
    b.throttled(0, 0);
    expect(b.rate).toBe(5);
    // Banked tokens are gone: the next request waits one token at the new rate.
    expect(b.reserve(0)).toBe(200);
    b.throttled(0, 4000);
    expect(b.rate).toBeCloseTo((5 + 0.5 * 4) * 0.5, 6);
    const at = 4000 + 10_000;
    b.reserve(at);
    expect(b.rate).toBeCloseTo(3.5 + 0.5 * 10, 6);
    b.reserve(at + 60_000);
    expect(b.rate).toBe(10);
  });

  it('counts a burst of throttles on requests sent before the last decrease once', () => {
    const b = new TokenBucket({ rate: 8, burst: 8 }, 0);
    b.throttled(100, 500);
    b.throttled(200, 510);
    b.throttled(300, 520);
    expect(b.rate).toBe(4);
    // A request sent after that decrease and throttled again halves it once more.
    b.throttled(600, 700);
    expect(b.rate).toBeLessThan(2.6);
  });

  it('keeps a floor under the rate', () => {
    const b = new TokenBucket({ rate: 10, burst: 10 }, 0, { decrease: 0.5, recoverPerSecond: 0, floor: 0.1 });
    for (let t = 0; t < 10; t++) b.throttled(t, t);
    expect(b.rate).toBe(1);
  });
});

describe('RateLimiter', () => {
  it('keeps separate buckets per account, region and family, with documented defaults', () => {
    const r = new RateLimiter({ clock: new FakeClock() });
    expect(r.bucket('1', 'us-east-1', 'ec2:describe').spec).toEqual({ rate: 20, burst: 100 });
    expect(r.bucket('1', 'us-east-1', 'cloudtrail').spec).toEqual({ rate: 10, burst: 10 });
    expect(r.bucket('1', 'us-east-1', 'guardduty').spec).toEqual({ rate: 10, burst: 20 });
    expect(r.bucket('1', 'us-east-1', 'iam')).toBe(r.bucket('1', 'us-east-1', 'iam'));
    expect(r.bucket('1', 'us-east-1', 'iam')).not.toBe(r.bucket('2', 'us-east-1', 'iam'));
    expect(r.bucket('1', 'us-east-1', 'iam')).not.toBe(r.bucket('1', 'eu-west-1', 'iam'));
  });

  it('waits on a timer for exactly the refill time, in arrival order', async () => {
    const clock = new FakeClock();
    const r = new RateLimiter({ clock, buckets: { kms: { rate: 4, burst: 2 } } });
    const b = r.bucket('1', 'us-east-1', 'kms');
    const done: Array<[number, number]> = [];
    await clock.run(Promise.all([0, 1, 2, 3, 4].map(async (i) => done.push([i, await r.acquire(b)]))));
    expect(done).toEqual([
      [0, 0],
      [1, 0],
      [2, 250],
      [3, 500],
      [4, 750],
    ]);
  });

  it('caps the total over all buckets with --max-rps', async () => {
    const clock = new FakeClock();
    const r = new RateLimiter({ clock, maxRps: 5 });
    const starts: number[] = [];
    // Twenty calls spread over twenty buckets, none of which would hold them back alone.
    await clock.run(
      Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          await r.acquire(r.bucket(String(i), 'us-east-1', 's3'));
          starts.push(clock.now());
        }),
      ),
    );
    expect(starts).toHaveLength(20);
    // One every 200 ms from the start: no one-second window, wherever it begins, holds more than five.
    expect([...starts].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i * 200));
    for (const from of starts) expect(starts.filter((t) => t >= from && t < from + 1000).length).toBeLessThanOrEqual(5);
  });
});

describe('apiFamily', () => {
  it('splits EC2 reads from writes and keeps one family per other service', () => {
    expect(apiFamily('ec2', 'DescribeSecurityGroups')).toBe('ec2:describe');
    expect(apiFamily('ec2', 'GetEbsEncryptionByDefault')).toBe('ec2:describe');
    expect(apiFamily('ec2', 'RunInstances')).toBe('ec2');
    expect(apiFamily('cloudtrail', 'GetTrailStatus')).toBe('cloudtrail');
  });
});

describe('rate limiting in the client middleware', () => {
  it('waits for tokens per attempt, reports the wait per API, and slows a bucket that AWS throttles', async () => {
    const clock = new FakeClock();
    const rate = new RateLimiter({ clock, buckets: { 'ec2:describe': { rate: 2, burst: 2 } } });
    const stats = new ApiStats();
    let calls = 0;
    const clients = new AwsClients(
      {
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 't' },
        configure: fakeService({
          DescribeVpcs: () => {
            calls++;
            if (calls === 4) throw awsError('RequestLimitExceeded', 503, 'Request limit exceeded.');
            return { Vpcs: [] };
          },
        }),
        extraConfig: { retryStrategy: new ConfiguredRetryStrategy(3, 0) },
      },
      stats,
      new Pools(),
      rate,
      '123456789012',
    );
    const ec2 = await clients.get('ec2', 'eu-west-1');
    await clock.run(
      (async () => {
        for (let i = 0; i < 4; i++) await ec2.send(new DescribeVpcsCommand({}));
      })(),
    );

    const s = stats.toJSON()['ec2:DescribeVpcs']!;
    // Two from the burst, then 500 ms per token; the fourth call's retry waits at the halved rate.
    expect(s).toMatchObject({ calls: 4, attempts: 5, throttles: 1, errors: 0 });
    expect(s.rateWaitMs).toBe(500 + 500 + 1000);
    expect(rate.bucket('123456789012', 'eu-west-1', 'ec2:describe').rate).toBe(1);
  });
});

describe('pools across accounts', () => {
  it("bounds each account's service pool on its own, and the run globally", async () => {
    const pools = new Pools({ global: 6, perService: 8, perRegion: 24, services: { iam: 2 } });
    const rate = new RateLimiter();
    const live = new Map<string, number>();
    const peak = new Map<string, number>();
    const bump = (k: string, d: number): void => {
      live.set(k, (live.get(k) ?? 0) + d);
      peak.set(k, Math.max(peak.get(k) ?? 0, live.get(k)!));
    };
    const accounts = ['111111111111', '222222222222', '333333333333', '444444444444'];
    const sends = accounts.flatMap((account) => {
      const clients = new AwsClients(
        {
          credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 't' },
          configure: fakeService({
            GetRole: async () => {
              bump(account, 1);
              bump('all', 1);
              for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
              bump(account, -1);
              bump('all', -1);
              return { Role: { RoleName: 'r', Arn: 'arn:aws:iam::1:role/r', Path: '/', RoleId: 'x', CreateDate: new Date(0) } };
            },
          }),
        },
        new ApiStats(),
        pools,
        rate,
        account,
      );
      return Array.from({ length: 6 }, async () => (await clients.get('iam', 'us-east-1')).send(new GetRoleCommand({ RoleName: 'r' })));
    });
    await Promise.all(sends);
    for (const a of accounts) expect(peak.get(a)).toBe(2);
    // Before, the IAM pool was shared by every account, so the run never had more than 2 in flight.
    expect(peak.get('all')).toBe(6);
  });
});

describe('rateWaitMs in snapshots', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annexa-rate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads as 0 from snapshots written before rate limiting', () => {
    const set = JSON.parse(readFileSync(fromRoot('demo', 'demo-snapshot.json'), 'utf8')) as {
      snapshots: { apiCalls: Record<string, Record<string, number>> }[];
    };
    const raw = set.snapshots[0]!;
    for (const s of Object.values(raw.apiCalls)) delete s.rateWaitMs;
    const file = join(dir, 'old.json');
    writeFileSync(file, JSON.stringify(raw));
    const stats = Object.values(loadSnapshot(file).apiCalls);
    expect(stats.length).toBeGreaterThan(0);
    for (const s of stats) expect(s.rateWaitMs).toBe(0);
  });
});

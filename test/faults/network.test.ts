/**
 * Fault injection through the real AWS client stack against a loopback endpoint: throttling,
 * a region that never answers and one that resets connections must end in bounded time, with
 * the healthy regions' evidence unchanged and the dead regions' items `error`.
 */
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateAll } from '../../src/engine/evaluate.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { type NetworkTimeouts, scanDeadline } from '../../src/inventory/timeouts.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { collectAws } from '../../src/providers/aws/scan.js';
import { cli } from '../support/cli.js';
import { type FaultPlan, faultEndpoint } from './aws-endpoint.js';

const HEALTHY = ['eu-west-1', 'us-east-1', 'ap-southeast-2'];
const HANGS = 'us-west-2';
const RESETS = 'eu-central-1';
const CHECKS = ALL_CHECKS.filter((c) => c.meta.id.startsWith('aws.guardduty.'));

async function scan(
  plan: FaultPlan,
  timeouts: NetworkTimeouts,
  maxRps?: number,
): Promise<{ items: EvidenceItem[]; ms: number; throttles: number }> {
  const endpoint = await faultEndpoint(plan);
  const started = Date.now();
  try {
    const snapshot = await collectAws(CHECKS, {
      endpoint: endpoint.url,
      homeRegion: 'us-east-1',
      regions: [...HEALTHY, HANGS, RESETS],
      credentials: { accessKeyId: 'AKIDFAULTS', secretAccessKey: 'fault-secret' },
      // The SDK's own retry loop, with a 1 ms backoff so the test stays fast.
      extraConfig: { retryStrategy: new ConfiguredRetryStrategy(4, 1) },
      timeouts,
      ...(maxRps ? { maxRps } : {}),
    });
    const items = evaluateAll([snapshot], CHECKS, DEFAULT_PARAMS, new Map());
    return { items, ms: Date.now() - started, throttles: endpoint.throttles };
  } finally {
    await endpoint.close();
  }
}

const inRegion = (items: EvidenceItem[], regions: string[]) => items.filter((i) => regions.includes(i.resource.region ?? ''));

/** The items with their collection times removed: two runs differ in nothing else. */
const timeless = (items: EvidenceItem[]): unknown => JSON.parse(JSON.stringify(items, (k, v) => (k === 'collectedAt' ? undefined : v)));

describe('network faults', () => {
  it('throttling, a silent region and a resetting region end in bounded time without touching the healthy evidence', async () => {
    const timeouts: NetworkTimeouts = { connectMs: 500, requestMs: 300 };
    const clean = await scan({}, timeouts);
    const faulty = await scan({ throttle: 0.3, regions: { [HANGS]: 'hang', [RESETS]: 'reset' } }, timeouts);

    expect(faulty.throttles).toBeGreaterThan(0);
    expect(faulty.ms).toBeLessThan(4000);
    expect(inRegion(clean.items, HEALTHY).length).toBe(HEALTHY.length);
    expect(timeless(inRegion(faulty.items, HEALTHY))).toEqual(timeless(inRegion(clean.items, HEALTHY)));

    const [hung] = inRegion(faulty.items, [HANGS]);
    expect(hung?.status).toBe('error');
    expect(hung?.message).toMatch(/guardduty:ListDetectors timed out after 0\.3s waiting for the answer \(--request-timeout\)/);
    const [reset] = inRegion(faulty.items, [RESETS]);
    expect(reset?.status).toBe('error');
    expect(reset?.message).toMatch(/guardduty:ListDetectors failed: connection reset by the endpoint \(ECONNRESET\)/);
  });

  it('the scan deadline aborts calls in flight and names itself', async () => {
    const timeouts: NetworkTimeouts = { connectMs: 500, requestMs: 30_000, deadline: scanDeadline(0.8) };
    const run = await scan({ regions: { [HANGS]: 'hang' } }, timeouts);
    expect(run.ms).toBeLessThan(3000);
    const [hung] = inRegion(run.items, [HANGS]);
    expect(hung?.status).toBe('error');
    expect(hung?.message).toMatch(/timed out: the scan deadline of 0\.8s passed \(--deadline\)/);
    expect(inRegion(run.items, HEALTHY).every((i) => i.status !== 'error')).toBe(true);
  });

  it('calls waiting for a rate token give up at the deadline too', async () => {
    // At one request a second, five regions' ten calls would take ten seconds.
    const run = await scan({}, { connectMs: 500, requestMs: 30_000, deadline: scanDeadline(0.8) }, 1);
    expect(run.ms).toBeLessThan(3000);
    const errors = run.items.filter((i) => i.status === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.message).toMatch(/the scan deadline of 0\.8s passed/);
  });

  it('an answer the SDK cannot parse is reported by its HTTP status', async () => {
    const run = await scan({ regions: { [HANGS]: 'proxy-error' } }, { connectMs: 500, requestMs: 300 });
    const [broken] = inRegion(run.items, [HANGS]);
    expect(broken?.status).toBe('error');
    expect(broken?.message).toBe('Could not evaluate: guardduty:ListDetectors failed: HTTP 502 with no readable error body.');
  });
});

describe('annexa scan aws against an endpoint that never answers', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function scanCli(plan: FaultPlan): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
    const endpoint = await faultEndpoint(plan);
    // The SDK's credential chain reads the real environment, not the CLI's.
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDFAULTS');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'fault-secret');
    vi.stubEnv('AWS_PROFILE', '');
    const started = Date.now();
    try {
      const args = ['scan', 'aws', '--endpoint-url', endpoint.url, '--regions', 'us-east-1,us-west-2', '--checks', 'aws.guardduty.*'];
      const run = await cli([...args, '--request-timeout', '30', '--deadline', '1', '--fail-on', 'none'], {
        env: { CI: 'true', AWS_REGION: 'us-east-1' },
      });
      return { ...run, ms: Date.now() - started };
    } finally {
      await endpoint.close();
    }
  }

  it('exits 3 within the deadline when the inventory calls hang', async () => {
    const run = await scanCli({ regions: { 'us-west-2': 'hang' } });
    expect(run.code).toBe(3);
    expect(run.ms).toBeLessThan(3000);
    expect(run.stdout).toMatch(/1 item\(s\) could not be evaluated/);
  });

  it('exits 2 with one line when the credential check itself hangs', async () => {
    const run = await scanCli({ hangAll: true });
    expect(run.code).toBe(2);
    expect(run.ms).toBeLessThan(3000);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/sts:GetCallerIdentity failed: timed out: the scan deadline of 1s passed/);
  });

  it.each([
    ['--deadline', '0'],
    ['--request-timeout', 'soon'],
    ['--connect-timeout', '-1'],
  ])('%s %s is exit 2 with one line naming the flag', async (flag, value) => {
    const run = await cli(['scan', 'aws', '--regions', 'us-east-1', flag, value], { env: { CI: 'true', AWS_REGION: 'us-east-1' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`annexa: ${flag}: "${value}" is not a positive number of seconds\n`);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultHomeRegion } from '../../../src/providers/aws/scan.js';

const dir = mkdtempSync(join(tmpdir(), 'annexa-home-region-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** A fresh config file per test: the SDK caches shared-config files by path. */
function configFile(text: string): void {
  const file = join(dir, `config-${n++}`);
  writeFileSync(file, text);
  vi.stubEnv('AWS_CONFIG_FILE', file);
}

const PROFILES = '[default]\nregion = ap-south-1\n\n[profile audit]\nregion = eu-west-1\n\n[profile bare]\noutput = json\n';

beforeEach(() => {
  for (const v of ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE']) vi.stubEnv(v, undefined);
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(dir, 'no-credentials'));
});
afterEach(() => vi.unstubAllEnvs());

describe('defaultHomeRegion', () => {
  it('reads the region of the profile given with --profile', async () => {
    configFile(PROFILES);
    expect(await defaultHomeRegion('audit')).toBe('eu-west-1');
  });

  it('reads the AWS_PROFILE profile, and the default profile when none is named', async () => {
    configFile(PROFILES);
    expect(await defaultHomeRegion()).toBe('ap-south-1');
    vi.stubEnv('AWS_PROFILE', 'audit');
    expect(await defaultHomeRegion()).toBe('eu-west-1');
  });

  it('prefers AWS_REGION, then AWS_DEFAULT_REGION, over the profile', async () => {
    configFile(PROFILES);
    vi.stubEnv('AWS_DEFAULT_REGION', 'ca-central-1');
    expect(await defaultHomeRegion('audit')).toBe('ca-central-1');
    vi.stubEnv('AWS_REGION', 'sa-east-1');
    expect(await defaultHomeRegion('audit')).toBe('sa-east-1');
  });

  it('falls back to us-east-1 when the profile sets no region, or does not exist', async () => {
    configFile(PROFILES);
    expect(await defaultHomeRegion('bare')).toBe('us-east-1');
    expect(await defaultHomeRegion('missing')).toBe('us-east-1');
  });
});

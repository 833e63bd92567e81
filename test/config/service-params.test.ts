/** A service's own parameters: declared in its folder, set under its key in annexa.yaml, read by its checks with defaults. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../../src/config/config.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Check } from '../../src/model/check.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { accountResource, paramsOf, pass } from '../../src/providers/check-kit.js';
import type { ProviderDescriptor } from '../../src/providers/descriptor.js';
import { PROVIDERS } from '../../src/providers/index.js';
import { snapshot } from '../support/snapshot.js';

const SAMPLE_PARAMS = z.object({
  maxAgeDays: z.number().int().positive().default(30).describe('Oldest acceptable age.'),
  names: z.array(z.string()).default([]).describe('Names that matter.'),
});

const check: Check = {
  meta: {
    id: 'aws.sample.thing-young',
    title: 'Sample',
    provider: 'aws',
    service: 'sample',
    resourceType: 'AWS::Account',
    severity: 'low',
    requires: [],
    rationale: 'A sample check that reports its parameter.',
    remediation: { text: 'None.' },
  },
  evaluate: (ctx) => [pass(accountResource(ctx), 'ok', `max ${paramsOf(ctx, 'aws.sample', SAMPLE_PARAMS).maxAgeDays}`, {})],
};

const aws = PROVIDERS.find((p) => p.id === 'aws')!;
const providers: ProviderDescriptor[] = [
  { ...aws, services: [...aws.services, { id: 'sample', collectors: [], checks: [check], params: SAMPLE_PARAMS }] },
];

const dir = mkdtempSync(join(tmpdir(), 'annexa-params-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function config(yaml: string) {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yaml);
  return { file, load: () => loadConfig(file, dir, providers) };
}
const run = (serviceParams: Record<string, unknown>) =>
  evaluate(snapshot().build(), [check], DEFAULT_PARAMS, new Map(), serviceParams).map((i) => i.message);

describe('per-service parameters', () => {
  it('validates a service’s block under its key and hands it to its checks, defaults filled', () => {
    const { load } = config('params:\n  logRetentionDays: 400\n  aws.sample:\n    maxAgeDays: 7\n');
    const loaded = load();
    expect(loaded.serviceParams).toEqual({ 'aws.sample': { maxAgeDays: 7, names: [] } });
    // Flat keys keep working as before.
    expect(loaded.params.logRetentionDays).toBe(400);
    expect(run(loaded.serviceParams)).toEqual(['max 7']);
    expect(run({})).toEqual(['max 30']);
  });

  it('names the file and the field of a bad value, and refuses unknown fields', () => {
    const bad = config('params:\n  aws.sample:\n    maxAgeDays: -1\n');
    expect(() => bad.load()).toThrow(new RegExp(`${bad.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*params.*aws\\.sample.*maxAgeDays`));
    const unknown = config('params:\n  aws.sample:\n    maxAge: 3\n');
    expect(() => unknown.load()).toThrow(/maxAge/);
    const noService = config('params:\n  aws.nothing:\n    x: 1\n');
    expect(() => noService.load()).toThrow(/aws\.nothing/);
  });
});

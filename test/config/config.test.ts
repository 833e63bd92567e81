import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { InputError } from '../../src/errors.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { tempDir } from '../support/cli.js';

function file(content: string): string {
  const dir = tempDir('annexa-config-');
  const f = join(dir, 'annexa.yaml');
  writeFileSync(f, content);
  return f;
}

describe('loadConfig', () => {
  it('uses documented defaults when there is no file', () => {
    const dir = tempDir('annexa-empty-');
    expect(loadConfig(undefined, dir).params).toEqual(DEFAULT_PARAMS);
    expect(DEFAULT_PARAMS).toMatchObject({
      accessKeyMaxAgeDays: 90,
      credentialUnusedDays: 45,
      logRetentionDays: 365,
      passwordMinLength: 14,
    });
  });

  it('merges params over the defaults', () => {
    const { params, config } = loadConfig(file('params:\n  logRetentionDays: 400\nfailOn: critical\nregions: [eu-west-1]\n'));
    expect(params.logRetentionDays).toBe(400);
    expect(params.accessKeyMaxAgeDays).toBe(90);
    expect(config).toMatchObject({ failOn: 'critical', regions: ['eu-west-1'] });
  });

  it('picks up ./annexa.yaml by itself', () => {
    const f = file('params:\n  accessKeyMaxAgeDays: 30\n');
    expect(loadConfig(undefined, join(f, '..')).params.accessKeyMaxAgeDays).toBe(30);
  });

  it.each([
    ['a wrong type', 'params:\n  logRetentionDays: "a year"\n', /params\.logRetentionDays: /],
    ['an unknown param', 'params:\n  keyAge: 3\n', /params\.keyAge: is not a field here; check the spelling/],
    ['an unknown top-level field', 'fail_on: high\n', /: fail_on: is not a field here; check the spelling/],
    ['a bad region', 'regions: [mars-1]\n', /regions\.0: must be a region name/],
    ['a bad severity', 'failOn: severe\n', /failOn: /],
    ['broken YAML', 'params: [\n', /not valid YAML/],
  ])('rejects %s with the file and field named', (_n, content, pattern) => {
    const f = file(content);
    const err = (() => {
      try {
        loadConfig(f);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toContain(f);
    expect((err as InputError).message).toMatch(pattern);
  });

  it('names a missing --config file', () => {
    expect(() => loadConfig('/nonexistent/annexa.yaml')).toThrow(/\/nonexistent\/annexa.yaml: file not found/);
  });
});

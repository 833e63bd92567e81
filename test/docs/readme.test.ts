import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_FILE, renderConfigSchema, renderReadme } from '../../scripts/update-readme.js';
import { fromRoot } from '../../src/paths.js';
import { cli } from '../support/cli.js';

const readme = readFileSync(fromRoot('README.md'), 'utf8');

describe('README', () => {
  it('has the generated IAM policy and check list up to date (run `npm run docs`)', () => {
    expect(renderReadme(readme)).toBe(readme);
  });

  it('ships an up-to-date JSON Schema for annexa.yaml (run `npm run docs`)', () => {
    expect(readFileSync(CONFIG_SCHEMA_FILE, 'utf8')).toBe(renderConfigSchema());
  });

  it('starts with the demo and test commands', () => {
    const firstBlock = readme.slice(readme.indexOf('```'), readme.indexOf('```', readme.indexOf('```') + 3));
    expect(firstBlock).toContain('npm run demo');
    expect(readme.slice(0, 1500)).toContain('npm test');
  });

  it('shows exactly what `npm run demo` prints', async () => {
    const block = /The demo prints:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    const r = await cli([
      'scan',
      '--snapshot',
      fromRoot('demo', 'demo-snapshot.json'),
      '--config',
      fromRoot('demo', 'annexa.yaml'),
      '--out',
      'annexa-out',
      '--fail-on',
      'none',
      '--allow-incomplete',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(block).toBe(r.stdout.replace(/\n+$/, '\n'));
  });

  it('documents every exit code', () => {
    for (const code of ['0', '1', '2', '3', '4']) expect(readme).toMatch(new RegExp(`\\| \`${code}\` \\|`));
  });
});

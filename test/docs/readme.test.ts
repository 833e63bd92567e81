import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { CONFIG_SCHEMA_FILE, renderConfigSchema, renderReadme } from '../../scripts/update-readme.js';

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

  it('documents every exit code', () => {
    for (const code of ['0', '1', '2', '3', '4']) expect(readme).toMatch(new RegExp(`\\| \`${code}\` \\|`));
  });
});

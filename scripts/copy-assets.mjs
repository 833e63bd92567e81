// Copies the YAML data that lives beside the code (each service's links.yaml) into dist/,
// so `new URL('./links.yaml', import.meta.url)` resolves the same from src/ and dist/src/.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) walk(p);
    else if (d.name.endsWith('.yaml')) cpSync(p, join('dist', p));
  }
}
walk('src');

// The shipped YAML parsed once here, so runs skip parsing it (see src/prebuilt-yaml.ts); tsc has built the step.
const { writePrebuiltYaml } = await import('../dist/src/prebuilt-yaml-build.js');
writePrebuiltYaml(['src', 'mappings', 'demo'], join('dist', 'prebuilt-yaml.json'));

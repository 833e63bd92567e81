/**
 * Regenerates what is derived from code: the README's blocks (IAM policy, check list, framework coverage)
 * and the JSON Schema for annexa.yaml (for editor completion).
 *   npm run docs
 * `test/docs/readme.test.ts` fails when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigSchema } from '../src/config/config.js';
import { allMappings } from '../src/engine/mappings.js';
import { ALL_CHECKS } from '../src/engine/registry.js';
import { controlsByCheck, frameworkCoverage } from '../src/mapping/coverage.js';
import { FRAMEWORK_LABELS } from '../src/mapping/load.js';
import type { Provider } from '../src/model/resource.js';
import { fromRoot } from '../src/paths.js';
import { leastPrivilegePolicy } from '../src/providers/aws/least-privilege.js';
import { azureCustomRole } from '../src/providers/azure/role.js';

function policyBlock(): string {
  return `\`\`\`json\n${JSON.stringify(leastPrivilegePolicy(), null, 2)}\n\`\`\``;
}

function azureRoleBlock(): string {
  return `\`\`\`json\n${JSON.stringify(azureCustomRole(), null, 2)}\n\`\`\``;
}

/** Each provider's checks cite its own CIS Foundations Benchmark. */
const CIS_BENCHMARK: Record<Provider, string> = { aws: 'CIS AWS v3.0', azure: 'CIS Azure v6.0' };
const PROVIDER_NAME: Record<Provider, string> = { aws: 'AWS', azure: 'Azure' };

function checksBlock(): string {
  const controls = controlsByCheck(allMappings());
  const providers = [...new Set(ALL_CHECKS.map((c) => c.meta.provider))].sort();
  return providers
    .map((p) => {
      const rows = ALL_CHECKS.filter((c) => c.meta.provider === p).map((c) => {
        const iso = (controls.get(c.meta.id)?.['iso27001:2022'] ?? []).join(', ');
        const cis = (c.meta.cis ?? []).join(', ');
        return `| \`${c.meta.id}\` | ${c.meta.severity} | ${c.meta.title} | ${iso} | ${cis} |`;
      });
      const head = [
        `**${PROVIDER_NAME[p]}**`,
        '',
        `| Check | Severity | What it verifies | ISO/IEC 27001:2022 | ${CIS_BENCHMARK[p]} |`,
        '|---|---|---|---|---|',
      ];
      return [...head, ...rows].join('\n');
    })
    .join('\n\n');
}

function frameworksBlock(): string {
  const mappings = allMappings();
  const checkIds = ALL_CHECKS.map((c) => c.meta.id);
  const rows = mappings.catalogues.map((cat) => {
    const cov = frameworkCoverage(mappings, cat.framework, checkIds);
    const n = (k: string): number => cov.filter((c) => c.coverage === k).length;
    return `| \`${cat.framework}\` | ${cat.name} | ${cov.length} ${FRAMEWORK_LABELS[cat.framework].unit} | ${n('automated')} | ${n('partial')} | ${n('manual')} |`;
  });
  return ['| `--framework` | Catalogue | Size | Automated | Partial | Manual |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export function renderReadme(text: string): string {
  const blocks: Record<string, string> = {
    'iam-policy': policyBlock(),
    'azure-role': azureRoleBlock(),
    checks: checksBlock(),
    frameworks: frameworksBlock(),
  };
  let out = text;
  for (const [name, body] of Object.entries(blocks)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`README has no ${name} block`);
    out = out.replace(re, (_m, start: string, end: string) => `${start}\n${body}\n${end}`);
  }
  return out;
}

export const CONFIG_SCHEMA_FILE = fromRoot('schema', 'annexa-config.schema.json');

export function renderConfigSchema(): string {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'annexa.yaml', description: 'annexa configuration; every field is optional.' }, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = fromRoot('README.md');
  writeFileSync(file, renderReadme(readFileSync(file, 'utf8')));
  writeFileSync(CONFIG_SCHEMA_FILE, renderConfigSchema());
  console.log(`updated ${file} and ${CONFIG_SCHEMA_FILE}`);
}

/**
 * Runs every `<check-id>.cases.ts` table, and holds each check to the house rule:
 * at least one pass, one fail and one error case, with the file named after the id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { fromRoot } from '../../src/paths.js';
import { type CheckCases, outcomes, run } from '../support/snapshot.js';

function caseFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? caseFiles(join(dir, d.name)) : d.name.endsWith('.cases.ts') ? [join(dir, d.name)] : [],
  );
}

const tables = new Map<string, CheckCases>();
// Each table lives beside its check, in the check's service folder.
for (const file of caseFiles(fromRoot('src', 'providers'))) {
  const mod = (await import(file)) as { table: CheckCases };
  tables.set(mod.table.check.meta.id, mod.table);
  describe(relative(fromRoot(), file), () => {
    it.each(mod.table.cases)('$name', (c) => {
      expect(outcomes(run(mod.table.check, c.snapshot, c.params, c.serviceParams))).toEqual(c.expected);
    });
  });
}

describe('every check', () => {
  it.each(ALL_CHECKS.map((c) => [c.meta.id, c] as const))('%s has pass, fail and error cases and a matching file name', (id, check) => {
    const table = tables.get(id);
    expect(table, `${id}.cases.ts is missing (beside the check in its service folder)`).toBeDefined();
    const statuses = new Set(table!.cases.flatMap((c) => c.expected.map(([s]) => s)));
    for (const s of ['pass', 'fail', 'error']) expect(statuses, `${id} has no ${s} case`).toContain(s);
    const file = fromRoot('src', 'providers', check.meta.provider, 'services', check.meta.service, 'checks', `${id}.ts`);
    expect(existsSync(file), `${file} should hold ${id}`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`id: '${id}'`);
    expect(id).toMatch(new RegExp(`^${check.meta.provider}\\.${check.meta.service}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
  });
});

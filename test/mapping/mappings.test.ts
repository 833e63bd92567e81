import { describe, expect, it } from 'vitest';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { frameworkCoverage } from '../../src/mapping/coverage.js';

import { formatProblem, mappingProblems } from '../../src/mapping/validate.js';
import { readReference, referenceFile } from '../support/iso-reference.js';

const mappings = allMappings();
const ids = ALL_CHECKS.map((c) => c.meta.id);

describe('ISO/IEC 27001:2022 catalogue', () => {
  const cat = mappings.catalogues.find((c) => c.framework === 'iso27001:2022')!;

  const refFile = referenceFile('iso27001-2022-annex-a.tsv');

  it('holds all 93 Annex A controls with unique ids', () => {
    expect(cat.controls).toHaveLength(93);
    expect(new Set(cat.controls.map((c) => c.id)).size).toBe(93);
  });

  it.runIf(refFile !== undefined)('matches the shared reference list id for id', () => {
    const ref = readReference(refFile!);
    expect(cat.controls.map((c) => [c.id, c.title])).toEqual(ref.map((r) => [r.id, r.title]));
  });

  it('has themes for every control', () => {
    for (const c of cat.controls) expect(['organizational', 'people', 'physical', 'technological']).toContain(c.theme);
  });
});

describe('check-to-control links', () => {
  it('are valid: known ids, no duplicates, every check mapped', () => {
    expect(mappingProblems(mappings, ids)).toEqual([]);
  });

  it('every link has a rationale of its own', () => {
    for (const l of mappings.links) expect(l.rationale.length, `${l.check} → ${l.control}`).toBeGreaterThan(20);
  });

  it('the validator catches what it should', () => {
    const broken = structuredClone(mappings);
    broken.links.push({ ...broken.links[0]!, control: 'A.99.1' });
    broken.links.push({ ...broken.links[0]! });
    broken.links.push({ ...broken.links[0]!, check: 'aws.nope.nothing' });
    const problems = mappingProblems(broken, [...ids, 'aws.unmapped.check'])
      .map(formatProblem)
      .join('\n');
    expect(problems).toMatch(/iso27001:2022 › \S+ › A\.99\.1: not a control in the ISO\/IEC 27001:2022 Annex A catalogue/);
    expect(problems).toMatch(/: linked twice/);
    expect(problems).toMatch(/aws\.nope\.nothing is not a check annexa has/);
    expect(problems).toMatch(/aws\.unmapped\.check: has no iso27001:2022 link/);
  });

  it('coverage is honest: only direct links make a control automated', () => {
    const cov = frameworkCoverage(mappings, 'iso27001:2022', ids);
    expect(cov).toHaveLength(93);
    for (const c of cov) {
      if (c.coverage === 'automated') expect(c.checks.some((x) => x.strength === 'direct')).toBe(true);
      if (c.coverage === 'partial') expect(c.checks.every((x) => x.strength === 'supporting')).toBe(true);
      if (c.coverage === 'manual') expect(c.checks).toEqual([]);
    }
    // Physical controls cannot be evidenced from a cloud API.
    expect(cov.filter((c) => c.theme === 'physical').every((c) => c.coverage === 'manual')).toBe(true);
  });
});

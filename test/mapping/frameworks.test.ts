import { describe, expect, it } from 'vitest';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { controlsByCheck, frameworkCoverage } from '../../src/mapping/coverage.js';
import { deriveLinks } from '../../src/mapping/derive.js';
import { FRAMEWORK_KEYS, type FrameworkKey, type Link } from '../../src/mapping/load.js';
import { formatProblem, mappingProblems } from '../../src/mapping/validate.js';
import { readReference, referenceFile } from '../support/iso-reference.js';

const mappings = allMappings();
const ids = ALL_CHECKS.map((c) => c.meta.id);
const catalogue = (fw: FrameworkKey) => mappings.catalogues.find((c) => c.framework === fw)!;
const titleOf = (fw: FrameworkKey, id: string) => catalogue(fw).controls.find((c) => c.id === id)?.title;
const linksOf = (fw: FrameworkKey, check?: string) => mappings.links.filter((l) => l.framework === fw && (!check || l.check === check));
const crosswalk = mappings.crosswalks.find((x) => x.from === 'iso27001:2013' && x.to === 'iso27001:2022')!;

describe.each(FRAMEWORK_KEYS)('%s mapping', (fw) => {
  it('has a catalogue with unique ids and short titles', () => {
    const cat = catalogue(fw);
    expect(cat, `no catalogue for ${fw}`).toBeDefined();
    expect(new Set(cat.controls.map((c) => c.id)).size).toBe(cat.controls.length);
    for (const c of cat.controls) expect(c.title.length, c.id).toBeLessThan(90);
  });

  it('has links, each to a control of its catalogue, with a rationale and no duplicates', () => {
    const links = linksOf(fw);
    expect(links.length).toBeGreaterThan(0);
    const known = new Set(catalogue(fw).controls.map((c) => c.id));
    const pairs = new Set<string>();
    for (const l of links) {
      expect(known.has(l.control), `${l.check} → ${l.control}`).toBe(true);
      expect(ids, l.check).toContain(l.check);
      expect(l.rationale.length, `${l.check} → ${l.control}`).toBeGreaterThan(20);
      expect(pairs.has(`${l.check}|${l.control}`), `duplicate ${l.check} → ${l.control}`).toBe(false);
      pairs.add(`${l.check}|${l.control}`);
    }
  });

  it('reports coverage honestly: automated needs a direct link', () => {
    for (const c of frameworkCoverage(mappings, fw, ids)) {
      if (c.coverage === 'automated') expect(c.checks.some((x) => x.strength === 'direct')).toBe(true);
      if (c.coverage === 'partial') expect(c.checks.every((x) => x.strength === 'supporting')).toBe(true);
      if (c.coverage === 'manual') expect(c.checks).toEqual([]);
    }
  });
});

describe('the whole mapping set', () => {
  it('validates with no problems, crosswalk included', () => {
    expect(mappingProblems(mappings, ids)).toEqual([]);
  });

  it('tags evidence with every framework a check is linked to', () => {
    const byCheck = controlsByCheck(mappings);
    const tls = byCheck.get('aws.s3.bucket-tls-only')!;
    expect(tls['iso27001:2022']).toContain('A.8.24');
    expect(tls['iso27001:2013']).toContain('A.10.1.1');
    expect(tls['iso27017:2015']).toContain('10.1.1');
    expect(tls['iso27701:2019']).toContain('A.7.4.9');
    expect(byCheck.get('aws.guardduty.detector-enabled')!.iso27035).toEqual(['detect-report', 'assess']);
  });
});

describe('ISO/IEC 27001:2013 catalogue and crosswalk', () => {
  const refFile = referenceFile('iso27001-2013-annex-a.tsv');

  it('holds all 114 Annex A controls', () => {
    expect(catalogue('iso27001:2013').controls).toHaveLength(114);
  });

  it.runIf(refFile !== undefined)('matches the shared reference list id for id', () => {
    const ref = readReference(refFile!);
    expect(catalogue('iso27001:2013').controls.map((c) => [c.id, c.title])).toEqual(ref.map((r) => [r.id, r.title]));
  });

  it('maps every 2013 control to 2022 controls that exist', () => {
    const ids22 = new Set(catalogue('iso27001:2022').controls.map((c) => c.id));
    for (const c of catalogue('iso27001:2013').controls) {
      const to = crosswalk.map[c.id];
      expect(to?.length, c.id).toBeGreaterThan(0);
      for (const id of to!) expect(ids22.has(id), `${c.id} → ${id}`).toBe(true);
    }
  });

  it('maps every 2022 control back, or marks it as one of the eleven new controls', () => {
    expect([...crosswalk.new].sort()).toEqual(
      ['A.5.7', 'A.5.23', 'A.5.30', 'A.7.4', 'A.8.9', 'A.8.10', 'A.8.11', 'A.8.12', 'A.8.16', 'A.8.23', 'A.8.28'].sort(),
    );
    const reached = new Set(Object.values(crosswalk.map).flat());
    for (const c of catalogue('iso27001:2022').controls) expect(reached.has(c.id) !== crosswalk.new.includes(c.id), c.id).toBe(true);
  });

  it('follows the published correspondence at known merges and splits', () => {
    for (const id of ['A.12.4.1', 'A.12.4.2', 'A.12.4.3']) expect(crosswalk.map[id]).toEqual(['A.8.15']);
    for (const id of ['A.8.3.1', 'A.8.3.2', 'A.8.3.3', 'A.11.2.5']) expect(crosswalk.map[id]).toEqual(['A.7.10']);
    expect(crosswalk.map['A.18.2.3']).toEqual(['A.5.36', 'A.8.8']);
    expect(crosswalk.map['A.9.2.3']).toEqual(['A.8.2']);
    expect(crosswalk.map['A.6.2.1']).toEqual(['A.8.1']);
    expect(crosswalk.map['A.14.2.6']).toEqual(['A.8.31']);
  });

  it('the validator catches a broken crosswalk', () => {
    const broken = structuredClone(mappings);
    const xw = broken.crosswalks[0]!;
    delete xw.map['A.5.1.1'];
    delete xw.map['A.5.1.2'];
    xw.map['A.6.1.1'] = ['A.99.9'];
    xw.new.push('A.8.15');
    const problems = mappingProblems(broken, ids).map(formatProblem).join('\n');
    expect(problems).toMatch(/iso27001:2013 control A\.5\.1\.1 is not mapped/);
    expect(problems).toMatch(/A\.6\.1\.1 maps to A\.99\.9, which is not in iso27001:2022/);
    expect(problems).toMatch(/A\.8\.15 is listed as new but a iso27001:2013 control maps to it/);
    expect(problems).toMatch(/iso27001:2022 control A\.5\.1 has no iso27001:2013 predecessor and is not marked new/);
  });
});

describe('2013 links derived through the crosswalk', () => {
  it('cover every check that is mapped to 2022', () => {
    const mapped13 = new Set(linksOf('iso27001:2013').map((l) => l.check));
    for (const check of new Set(linksOf('iso27001:2022').map((l) => l.check))) {
      const through = linksOf('iso27001:2022', check).some((l) => Object.values(crosswalk.map).flat().includes(l.control));
      if (through) expect(mapped13.has(check), check).toBe(true);
    }
  });

  it('name the 2022 control they came through, and are direct only for one-to-one pairs', () => {
    const derived = linksOf('iso27001:2013').filter((l) => l.via);
    expect(derived.length).toBeGreaterThan(20);
    for (const l of derived) {
      expect(l.rationale).toContain(`${l.via!.control} ${titleOf('iso27001:2022', l.via!.control)}`);
      expect(crosswalk.map[l.control]).toContain(l.via!.control);
      const merged = Object.values(crosswalk.map).filter((to) => to.includes(l.via!.control)).length > 1;
      if (merged) expect(l.strength, `${l.check} → ${l.control}`).toBe('supporting');
    }
  });

  it('give new checks 2013 coverage without any 2013 mapping work', () => {
    const link = (control: string, strength: Link['strength']): Link => ({
      check: 'azure.storage.future-check',
      framework: 'iso27001:2022',
      control,
      strength,
      rationale: 'A rationale written only for the 2022 control.',
      file: 'src/providers/azure/services/storage/links.yaml',
    });
    const out = deriveLinks(
      crosswalk,
      [link('A.8.24', 'direct'), link('A.8.2', 'direct'), link('A.8.16', 'direct')],
      catalogue('iso27001:2022'),
    );
    expect(out.map((l) => [l.control, l.strength])).toEqual([
      ['A.10.1.1', 'supporting'],
      ['A.10.1.2', 'supporting'],
      ['A.9.2.3', 'direct'],
    ]);
    expect(out[0]!.rationale).toBe(
      'Through iso27001:2022 A.8.24 Use of cryptography (merges A.10.1.1, A.10.1.2, so supporting here): A rationale written only for the 2022 control.',
    );
  });

  it('yield to a hand-written 2013 link for the same check and control', () => {
    const logging = linksOf('iso27001:2013', 'aws.cloudtrail.multi-region-trail-logging');
    const a1241 = logging.filter((l) => l.control === 'A.12.4.1');
    expect(a1241).toHaveLength(1);
    expect(a1241[0]).toMatchObject({ strength: 'direct', file: 'src/providers/aws/services/cloudtrail/links.yaml' });
    expect(a1241[0]!.via).toBeUndefined();
    // The merged sibling it does not evidence directly stays supporting.
    expect(logging.find((l) => l.control === 'A.12.4.2')).toMatchObject({ strength: 'supporting', via: { control: 'A.8.15' } });
  });

  it('give one link when two 2022 controls lead back to the same 2013 control', () => {
    const base: Link = {
      check: 'aws.x.y',
      framework: 'iso27001:2022',
      control: '',
      strength: 'direct',
      rationale: 'A rationale of some length.',
      file: 'f.yaml',
    };
    const link = (control: string): Link => ({ ...base, control });
    const out = deriveLinks(crosswalk, [link('A.5.36'), link('A.8.8')], catalogue('iso27001:2022'));
    expect(out.map((l) => l.control).sort()).toEqual(['A.12.6.1', 'A.18.2.2', 'A.18.2.3']);
  });
});

describe('ISO/IEC 27017:2015', () => {
  it('lists all seven cloud-specific controls', () => {
    const cld = catalogue('iso27017:2015')
      .controls.filter((c) => c.id.startsWith('CLD.'))
      .map((c) => c.id);
    expect(cld).toEqual(['CLD.6.3.1', 'CLD.8.1.5', 'CLD.9.5.1', 'CLD.9.5.2', 'CLD.12.1.5', 'CLD.12.4.5', 'CLD.13.1.4']);
  });

  it('numbers its 27002-derived controls as 27002:2013 does, with the same titles as 27001:2013 Annex A', () => {
    for (const c of catalogue('iso27017:2015').controls.filter((x) => !x.id.startsWith('CLD.'))) {
      expect(c.id).toMatch(/^\d+\.\d+\.\d+$/);
      expect(titleOf('iso27001:2013', `A.${c.id}`), c.id).toBe(c.title);
    }
  });

  it('lists only 27002-derived controls that a check supports', () => {
    const linked = new Set(linksOf('iso27017:2015').map((l) => l.control));
    for (const c of catalogue('iso27017:2015').controls.filter((x) => !x.id.startsWith('CLD.'))) expect(linked.has(c.id), c.id).toBe(true);
  });
});

describe('ISO/IEC 27701:2019', () => {
  const cat = catalogue('iso27701:2019');

  it('uses clause numbers of the standard: 6.x for 27002 extensions, A.7 for controllers, B.8 for processors', () => {
    for (const c of cat.controls) expect(c.id).toMatch(/^(6\.\d+\.\d+\.\d+|A\.7\.\d+\.\d+|B\.8\.\d+\.\d+)$/);
    // Clause 6.n mirrors ISO/IEC 27002:2013 clause n+3, so its titles match 27001:2013 Annex A.
    for (const c of cat.controls.filter((x) => x.id.startsWith('6.'))) {
      const [, clause, ...rest] = c.id.split('.');
      expect(titleOf('iso27001:2013', `A.${Number(clause) + 3}.${rest.join('.')}`), c.id).toBe(c.title);
    }
  });

  it('covers the PII topics a cloud scan can support', () => {
    expect(new Set(cat.controls.map((c) => c.theme))).toEqual(
      new Set(['Encryption', 'Access logging', 'Retention', 'De-identification and deletion', 'Location of processing']),
    );
  });
});

describe('ISO/IEC 27035 incident-management phases', () => {
  it('has the five phases', () => {
    expect(catalogue('iso27035').controls.map((c) => c.id)).toEqual(['prepare', 'detect-report', 'assess', 'respond', 'learn']);
  });

  it('tags logging, threat detection, alarms and log integrity', () => {
    const phases = (check: string) => linksOf('iso27035', check).map((l) => l.control);
    expect(phases('aws.cloudtrail.multi-region-trail-logging')).toContain('prepare');
    expect(phases('aws.guardduty.detector-enabled')).toContain('detect-report');
    expect(phases('aws.cloudtrail.cloudwatch-logs-integrated')).toContain('detect-report');
    expect(phases('aws.cloudtrail.log-file-validation-enabled')).toContain('learn');
  });
});

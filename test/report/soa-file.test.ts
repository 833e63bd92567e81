import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allMappings } from '../../src/engine/mappings.js';

import { renderSoaCsv } from '../../src/report/csv.js';
import { loadEvidenceGuidance } from '../../src/report/guidance.js';
import { renderSoaHtml } from '../../src/report/html.js';
import { buildSoa } from '../../src/report/soa.js';
import { loadSoaFile } from '../../src/report/soa-file.js';
import { cli } from '../support/cli.js';
import { item, NOW, resultOf } from './fixtures.js';

const IDS = allMappings()
  .catalogues.find((c) => c.framework === 'iso27001:2022')!
  .controls.map((c) => c.id);
const dir = mkdtempSync(join(tmpdir(), 'annexa-soa-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function soaFile(name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}
const load = (name: string, text: string) => loadSoaFile(soaFile(name, text), IDS, name);

describe('soa.yaml', () => {
  it('marks controls not applicable with their justification; every other control stays applicable', () => {
    const soa = load(
      'ok.yaml',
      [
        'scope: Production AWS organisation of Acme Ltd',
        'controls:',
        '  A.7.1:',
        '    applicable: false',
        '    justification: No premises of our own; AWS data centres are covered by supplier assurance (A.5.19).',
        '  A.8.23:',
        '    applicable: true',
        '    justification: Staff browse from managed laptops.',
      ].join('\n'),
    );
    const report = buildSoa({
      result: resultOf([item({ id: 'd'.repeat(32), status: 'pass' })]),
      mappings: allMappings(),
      soa,
      guidance: loadEvidenceGuidance(),
      generatedAt: NOW,
    });
    const a71 = report.rows.find((r) => r.id === 'A.7.1')!;
    expect(a71).toMatchObject({
      applicable: false,
      justification: 'No premises of our own; AWS data centres are covered by supplier assurance (A.5.19).',
    });
    expect(a71.guidance).toBeUndefined();
    expect(report.rows.find((r) => r.id === 'A.8.23')).toMatchObject({
      applicable: true,
      justification: 'Staff browse from managed laptops.',
    });
    expect(report.rows.filter((r) => !r.applicable).map((r) => r.id)).toEqual(['A.7.1']);
    expect(report.totals).toMatchObject({ controls: 93, applicable: 92, notApplicable: 1 });
    expect(report.scope.statement).toBe('Production AWS organisation of Acme Ltd');

    const html = renderSoaHtml(report);
    expect(html).toContain('<tr class="control not-applicable" id="A.7.1"');
    expect(html).toContain('<strong>Not applicable:</strong> No premises of our own');
    expect(html).toContain('Production AWS organisation of Acme Ltd');
    expect(renderSoaCsv(report)).toContain(
      '\r\nA.7.1,physical,Physical security perimeters,no,No premises of our own; AWS data centres are covered by supplier assurance (A.5.19).,manual,,0,0,0,0,,,no automated checks,,,,\r\n',
    );
  });

  it('accepts an empty file: everything applicable', () => {
    expect(load('empty.yaml', '').decisions.size).toBe(0);
  });

  it.each([
    [
      'unknown control id',
      'controls:\n  A.7.15:\n    applicable: false\n    justification: typo',
      'unknown.yaml: controls.A.7.15: not an ISO/IEC 27001:2022 Annex A control id (expected e.g. A.5.1 … A.8.34)',
    ],
    [
      '2013 numbering',
      'controls:\n  A.11.1.1:\n    applicable: false\n    justification: old id',
      'old.yaml: controls.A.11.1.1: not an ISO/IEC 27001:2022 Annex A control id (expected e.g. A.5.1 … A.8.34)',
    ],
    [
      'missing justification',
      'controls:\n  A.7.1:\n    applicable: false',
      'nojust.yaml: controls.A.7.1.justification: required when applicable is false (ISO/IEC 27001 clause 6.1.3 d)',
    ],
    [
      'blank justification',
      'controls:\n  A.7.1:\n    applicable: false\n    justification: "   "',
      'blank.yaml: controls.A.7.1.justification: must not be empty',
    ],
    [
      'applicable not a boolean',
      'controls:\n  A.7.1:\n    applicable: "no"\n    justification: x',
      'notbool.yaml: controls.A.7.1.applicable: must be a boolean, not a string',
    ],
    [
      'unknown field',
      'controls:\n  A.7.1:\n    applicable: false\n    justificaton: typo',
      'field.yaml: controls.A.7.1.justificaton: is not a field here; check the spelling',
    ],
    ['unknown top-level key', 'control:\n  A.7.1: {}', 'top.yaml: control: is not a field here; check the spelling'],
  ])('rejects %s', (_name, text, message) => {
    const name = message.split(':')[0]!;
    expect(() => load(name, text)).toThrow(message);
  });

  it('rejects a duplicate control id and unparsable YAML', () => {
    expect(() => load('dup.yaml', 'controls:\n  A.7.1: { applicable: true }\n  A.7.1: { applicable: true }')).toThrow(
      /^dup\.yaml: not valid YAML: Map keys must be unique/,
    );
    expect(() => load('bad.yaml', 'controls: [')).toThrow(/^bad\.yaml: /);
  });

  it('is an input error (exit 2, one line) through the CLI', async () => {
    soaFile('cli-bad.yaml', 'controls:\n  A.7.1:\n    applicable: false\n');
    writeFileSync(join(dir, 'result.json'), JSON.stringify(resultOf([])));
    let r = await cli(['report', 'soa', '--result', 'result.json', '--soa', 'cli-bad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'annexa: cli-bad.yaml: controls.A.7.1.justification: required when applicable is false (ISO/IEC 27001 clause 6.1.3 d)',
    );
    r = await cli(['report', 'soa', '--result', 'result.json', '--soa', 'missing.yaml'], { cwd: dir });
    expect(r.stderr.trim()).toBe('annexa: missing.yaml: file not found');
  });

  it('warns, naming the file and control, when a not-applicable control has evidence in the scan', async () => {
    soaFile(
      'na.yaml',
      'controls:\n  A.8.13:\n    applicable: false\n    justification: No backups in scope\n  A.7.1:\n    applicable: false\n    justification: No premises\n',
    );
    writeFileSync(join(dir, 'na-result.json'), JSON.stringify(resultOf([item({ id: 'e'.repeat(32), status: 'fail' })])));
    const r = await cli(['report', 'soa', '--result', 'na-result.json', '--soa', 'na.yaml', '--out', 'na-out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim()).toBe(
      'annexa: na.yaml: controls.A.8.13: marked not applicable, yet the scan has 1 evidence item(s) for it (1 failing)',
    );
  });
});

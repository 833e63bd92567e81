import { describe, expect, it } from 'vitest';
import { allMappings } from '../../src/engine/mappings.js';

import { csvCell, renderSoaCsv } from '../../src/report/csv.js';
import { buildSoa } from '../../src/report/soa.js';
import { item, NOW, resultOf } from './fixtures.js';

/** A strict RFC 4180 reader, to prove what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else {
        if (c === '"') quoted = false;
        else cell += c;
        i++;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || row.length) throw new Error('missing final CRLF');
  return rows;
}

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', ''],
  ])('quotes %j per RFC 4180', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['a=1', 'a=1'],
  ])('guards %j against formula injection', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('has a header and one row per control, each with the same number of fields, surviving hostile text', () => {
    const justification = '=cmd|\' /C calc\'!A0, "quoted"\nand a second line';
    const report = buildSoa({
      result: resultOf([item({ id: 'e'.repeat(32), status: 'fail' })]),
      mappings: allMappings(),
      soa: { decisions: new Map([['A.7.1', { applicable: false, justification }]]) },
      guidance: new Map([['A.5.1', 'Ask for the policy, signed.']]),
      generatedAt: NOW,
    });
    const rows = parseCsv(renderSoaCsv(report));
    expect(rows).toHaveLength(94);
    expect(rows[0]).toEqual([
      'Control',
      'Theme',
      'Title',
      'Applicable',
      'Justification',
      'Coverage',
      'Checks',
      'Pass',
      'Fail',
      'Error',
      'Waived',
      'Last tested',
      'Evidence to request',
      'Automated',
      'Attested',
      'Owner',
      'Next review',
      'Attention',
    ]);
    for (const r of rows) expect(r).toHaveLength(18);
    expect(rows.find((r) => r[0] === 'A.7.1')![4]).toBe(`'${justification}`);
    expect(rows.find((r) => r[0] === 'A.5.1')![12]).toBe('Ask for the policy, signed.');
    expect(rows.find((r) => r[0] === 'A.8.13')!.slice(5, 12)).toEqual([
      'automated',
      'aws.s3.bucket-versioning-enabled',
      '0',
      '1',
      '0',
      '0',
      '2026-11-01T12:00:00.000Z',
    ]);
  });
});

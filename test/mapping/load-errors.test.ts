/**
 * Mapping files are validated when annexa loads them, not only by the suite: a tampered or mistaken
 * links file or catalogue in an installed copy is bad input (exit 2, one line naming file and entry).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';

const RDS = 'src/providers/aws/services/rds/links.yaml';
const CATALOGUE = 'mappings/iso27001-2022/catalogue.yaml';
const FIRST_RDS_LINK =
  '- { id: A.8.24, strength: direct, rationale: "Database storage, its backups and snapshots are encrypted with a KMS key." }';

/** A copy of the built package (bin, dist, mappings) with one file edited, sharing node_modules. */
function installWith(file: string, edit: (text: string) => string): string {
  const root = tempDir('annexa-mapping-');
  for (const part of ['package.json', 'bin', 'dist', 'mappings']) cpSync(fromRoot(part), join(root, part), { recursive: true });
  symlinkSync(fromRoot('node_modules'), join(root, 'node_modules'), 'dir');
  const target = join(root, file.startsWith('src/') ? join('dist', file) : file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after, 'the tampering must change the file').not.toBe(before);
  writeFileSync(target, after);
  return root;
}

function annexa(root: string, args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin', 'annexa.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
}

const cases: { name: string; file: string; edit: (t: string) => string; line: RegExp }[] = [
  {
    name: 'an unknown control',
    file: RDS,
    edit: (t) => t.replace('{ id: A.8.24, strength: direct', '{ id: A.9.99, strength: direct'),
    line: /^annexa: src\/providers\/aws\/services\/rds\/links\.yaml: iso27001:2022 › aws\.rds\.instance-storage-encrypted › A\.9\.99: not a control in the ISO\/IEC 27001:2022 Annex A catalogue$/,
  },
  {
    name: 'an unknown check',
    file: RDS,
    edit: (t) => t.replace('check: aws.rds.instance-storage-encrypted', 'check: aws.rds.x'),
    line: /^annexa: src\/providers\/aws\/services\/rds\/links\.yaml: iso27001:2022 › aws\.rds\.x › A\.8\.24: aws\.rds\.x is not a check annexa has$/,
  },
  {
    name: 'a duplicate link',
    file: RDS,
    edit: (t) => t.replace(FIRST_RDS_LINK, `${FIRST_RDS_LINK}\n        ${FIRST_RDS_LINK}`),
    line: /^annexa: src\/providers\/aws\/services\/rds\/links\.yaml: iso27001:2022 › aws\.rds\.instance-storage-encrypted › A\.8\.24: linked twice$/,
  },
  {
    name: 'a bad strength',
    file: RDS,
    edit: (t) => t.replace('{ id: A.8.24, strength: direct', '{ id: A.8.24, strength: strong'),
    line: /^annexa: src\/providers\/aws\/services\/rds\/links\.yaml: iso27001:2022 › aws\.rds\.instance-storage-encrypted › A\.8\.24 › strength: strength must be "direct" or "supporting"$/,
  },
  {
    name: 'a missing rationale',
    file: RDS,
    edit: (t) => t.replace(FIRST_RDS_LINK, '- { id: A.8.24, strength: direct }'),
    line: /^annexa: src\/providers\/aws\/services\/rds\/links\.yaml: iso27001:2022 › aws\.rds\.instance-storage-encrypted › A\.8\.24 › rationale: needs a rationale in our own words$/,
  },
  {
    name: 'a catalogue missing a control',
    file: CATALOGUE,
    edit: (t) => t.replace(/^ {2}- \{ id: "A\.8\.24".*\n/m, ''),
    line: /^annexa: \S+\.yaml: .*A\.8\.24.*(not a control in the ISO\/IEC 27001:2022 Annex A catalogue|not in iso27001:2022)/,
  },
  {
    name: 'a check left unmapped',
    file: RDS,
    edit: (t) => t.replace(/ {4}- check: aws\.rds\.instance-storage-encrypted\n {6}controls:\n.*\n/, ''),
    line: /^annexa: src\/providers\/aws\/services\/rds\/links\.yaml: aws\.rds\.instance-storage-encrypted: has no iso27001:2022 link/,
  },
];

describe('mapping files validated at load', () => {
  it.each(cases)('$name → exit 2, one line naming file and entry', ({ file, edit, line }) => {
    const r = annexa(installWith(file, edit), ['controls', 'list']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });
});

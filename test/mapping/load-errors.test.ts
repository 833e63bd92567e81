/**
 * Mapping files are validated when annexa loads them, not only by the suite: a tampered or mistaken
 * links file or catalogue is bad input (exit 2, one line naming file and entry).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { readServiceLinks } from '../../src/mapping/load.js';
import { formatProblem, mappingProblems } from '../../src/mapping/validate.js';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';

const RDS = 'src/providers/aws/services/rds/links.yaml';
const CATALOGUE = 'mappings/iso27001-2022/catalogue.yaml';
const FIRST_RDS_LINK =
  '- { id: A.8.24, strength: direct, rationale: "Database storage, its backups and snapshots are encrypted with a KMS key." }';
const ENTRY = 'iso27001:2022 › aws.rds.instance-storage-encrypted › A.8.24';

type Edit = (text: string) => string;

/** The RDS links file with one edit, read as the loader reads it; returns the first problem as printed. */
function problemWith(edit: Edit): string {
  const original = readFileSync(fromRoot(RDS), 'utf8');
  const edited = edit(original);
  expect(edited, 'the tampering must change the file').not.toBe(original);
  const path = join(tempDir('annexa-links-'), 'links.yaml');
  writeFileSync(path, edited);
  const set = structuredClone(allMappings());
  try {
    const links = readServiceLinks(path, RDS);
    set.links = [...set.links.filter((l) => l.file !== RDS), ...links];
  } catch (err) {
    return (err as Error).message;
  }
  const linkFiles = new Map(ALL_CHECKS.filter((c) => c.meta.id.startsWith('aws.rds.')).map((c) => [c.meta.id, RDS]));
  const [first] = mappingProblems(
    set,
    ALL_CHECKS.map((c) => c.meta.id),
    linkFiles,
  );
  return first ? formatProblem(first) : 'no problem';
}

describe('a links file with a mistake names the file and the entry', () => {
  it.each<[string, Edit, string]>([
    [
      'an unknown control',
      (t) => t.replace('{ id: A.8.24, strength: direct', '{ id: A.9.99, strength: direct'),
      `${RDS}: iso27001:2022 › aws.rds.instance-storage-encrypted › A.9.99: not a control in the ISO/IEC 27001:2022 Annex A catalogue`,
    ],
    [
      'an unknown check',
      (t) => t.replace('check: aws.rds.instance-storage-encrypted', 'check: aws.rds.x'),
      `${RDS}: iso27001:2022 › aws.rds.x › A.8.24: aws.rds.x is not a check annexa has`,
    ],
    [
      'a duplicate link',
      (t) => t.replace(FIRST_RDS_LINK, `${FIRST_RDS_LINK}\n        ${FIRST_RDS_LINK}`),
      `${RDS}: ${ENTRY}: linked twice`,
    ],
    [
      'a bad strength',
      (t) => t.replace('{ id: A.8.24, strength: direct', '{ id: A.8.24, strength: strong'),
      `${RDS}: ${ENTRY} › strength: strength must be "direct" or "supporting"`,
    ],
    [
      'a missing rationale',
      (t) => t.replace(FIRST_RDS_LINK, '- { id: A.8.24, strength: direct }'),
      `${RDS}: ${ENTRY} › rationale: needs a rationale in our own words`,
    ],
    [
      'an unknown field',
      (t) => t.replace(FIRST_RDS_LINK, `${FIRST_RDS_LINK.slice(0, -2)}, strenght: direct }`),
      `${RDS}: ${ENTRY} › strenght: is not a field here; check the spelling`,
    ],
    [
      'a check left unmapped',
      (t) => t.replace(/ {4}- check: aws\.rds\.instance-storage-encrypted\n {6}controls:\n.*\n/, ''),
      `${RDS}: aws.rds.instance-storage-encrypted: has no iso27001:2022 link (every check needs one)`,
    ],
  ])('%s', (_n, edit, message) => {
    expect(problemWith(edit)).toBe(message);
  });
});

/** A copy of the built package (bin, dist, mappings) with one file edited, sharing node_modules. */
function installWith(file: string, edit: Edit): string {
  const root = mkdtempSync(join(tmpdir(), 'annexa-mapping-'));
  for (const part of ['package.json', 'bin', 'dist/src', 'dist/demo', 'mappings'])
    cpSync(fromRoot(part), join(root, part), { recursive: true });
  symlinkSync(fromRoot('node_modules'), join(root, 'node_modules'), 'dir');
  const target = join(root, file.startsWith('src/') ? join('dist', file) : file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after, 'the tampering must change the file').not.toBe(before);
  writeFileSync(target, after);
  return root;
}

describe('the installed CLI refuses tampered mappings at load', () => {
  it.each<[string, string, Edit, RegExp]>([
    [
      'an unknown control in a links file',
      RDS,
      (t) => t.replace('{ id: A.8.24, strength: direct', '{ id: A.9.99, strength: direct'),
      /^annexa: src\/providers\/aws\/services\/rds\/links\.yaml: iso27001:2022 › aws\.rds\.instance-storage-encrypted › A\.9\.99: not a control in the ISO\/IEC 27001:2022 Annex A catalogue$/,
    ],
    [
      'a catalogue missing a control',
      CATALOGUE,
      (t) => t.replace(/^ {2}- \{ id: "A\.8\.24".*\n/m, ''),
      /^annexa: \S+\.yaml: .*A\.8\.24.*(not a control in the ISO\/IEC 27001:2022 Annex A catalogue|not in iso27001:2022)/,
    ],
  ])(
    '%s → exit 2, one line',
    (_n, file, edit, line) => {
      const root = installWith(file, edit);
      try {
        const r = spawnSync(process.execPath, [join(root, 'bin', 'annexa.js'), 'controls', 'list'], { cwd: root, encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(2);
        expect(r.stdout).toBe('');
        const lines = r.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(line);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    60_000,
  );
});

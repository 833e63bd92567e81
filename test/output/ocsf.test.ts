import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { complianceFinding, detectionFinding, manualControlFinding, OCSF_FILE, ocsfEvents } from '../../src/output/ocsf.js';
import { fromRoot } from '../../src/paths.js';
import { cli } from '../support/cli.js';
import { demoSnapshots, otherAccount, resultOf } from './sarif-fixtures.js';

/**
 * OCSF 1.5.0 Detection Finding and Compliance Finding as JSON Schema, generated once from the
 * official 1.5.0 definitions by test/fixtures/ocsf-1.5/build-schema.mjs (its header names the source).
 */
const schema = JSON.parse(readFileSync(fromRoot('test', 'fixtures', 'ocsf-1.5', 'ocsf-1.5.0-findings.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile<unknown>(schema);

function invalid(events: Iterable<Record<string, unknown>>): unknown[] {
  const bad: unknown[] = [];
  for (const e of events)
    if (!validate(e)) bad.push({ uid: (e as { finding_info?: { uid?: string } }).finding_info?.uid, errors: validate.errors });
  return bad;
}

describe('OCSF 1.5 output', () => {
  const demo = resultOf(demoSnapshots());

  it('writes one valid detection finding per item, one compliance finding per item and control, and one Unknown per manual control', () => {
    const events = [...ocsfEvents(demo)];
    expect(invalid(events)).toEqual([]);
    const detections = events.filter((e) => e.class_uid === 2004);
    const compliance = events.filter((e) => e.class_uid === 2003);
    expect(detections).toHaveLength(demo.items.length);
    const pairs = demo.items.reduce((n, i) => n + (i.controls['iso27001:2022']?.length ?? 0), 0);
    const manual = demo.controls.filter((c) => c.framework === 'iso27001:2022' && c.coverage === 'manual');
    expect(manual.length).toBeGreaterThan(0);
    expect(compliance).toHaveLength(pairs + manual.length);
    const unknown = compliance.filter((e) => (e.compliance as { status_id: number }).status_id === 0);
    expect(unknown.map((e) => (e.compliance as { control: string }).control).sort()).toEqual(manual.map((c) => c.id).sort());
  });

  it('maps statuses, severities, the cloud and the observed facts', () => {
    const fail = demo.items.find((i) => i.status === 'fail' && (i.controls['iso27001:2022']?.length ?? 0) > 0)!;
    const d = detectionFinding(demo, fail, 'aws');
    expect(d).toMatchObject({
      class_uid: 2004,
      type_uid: 200401,
      status_code: 'FAIL',
      finding_info: { uid: fail.id, title: fail.title },
      cloud: { account: { uid: fail.resource.account } },
      resources: [{ uid: fail.resource.id }],
      evidences: expect.arrayContaining([{ data: fail.observed }]),
    });
    expect((d.metadata as { labels: string[] }).labels).toContain(`iso27001:2022:${fail.controls['iso27001:2022']![0]}`);
    const c = complianceFinding(demo, fail, undefined, 'A.8.24');
    expect(c.compliance).toMatchObject({
      standards: ['ISO/IEC 27001:2022'],
      control: 'A.8.24',
      status_id: 3,
      requirements: [fail.checkId],
    });
    const err = demo.items.find((i) => i.status === 'error');
    if (err) expect(complianceFinding(demo, err, undefined, 'A.8.24').compliance).toMatchObject({ status_id: 2 });
  });

  it('rejects what the schema forbids, so the validation can fail', () => {
    const item = demo.items[0]!;
    const d = detectionFinding(demo, item);
    expect(invalid([{ ...d, severity_id: 9 }])).toHaveLength(1);
    expect(invalid([{ ...d, metadata: { ...(d.metadata as object), version: '1.1.0' } }])).toHaveLength(1);
    const manual = manualControlFinding(demo, demo.controls.find((c) => c.coverage === 'manual')!);
    const { compliance: _dropped, ...noCompliance } = manual;
    expect(invalid([noCompliance])).toHaveLength(1);
    expect(invalid([{ ...d, cloud: undefined }])).toHaveLength(1);
  });

  it('validates for a merged multi-account result', () => {
    const merged = resultOf([...demoSnapshots(), otherAccount('210987654321'), otherAccount('333344445555')]);
    const events = [...ocsfEvents(merged)];
    expect(invalid(events)).toEqual([]);
    expect(
      new Set(
        events.flatMap((e) =>
          (e.cloud as { account?: { uid: string } })?.account?.uid ? [(e.cloud as { account: { uid: string } }).account.uid] : [],
        ),
      ),
    ).toEqual(new Set(merged.run.accounts.map((a) => a.account)));
  });

  it('scan --format ocsf writes JSON Lines, one valid event per line', async () => {
    const r = await cli([
      'scan',
      '--snapshot',
      fromRoot('demo', 'demo-snapshot.json'),
      '--format',
      'json,ocsf',
      '--fail-on',
      'none',
      '--allow-incomplete',
      '-q',
    ]);
    expect(r.code).toBe(0);
    const lines = readFileSync(join(r.cwd, 'annexa-out', OCSF_FILE), 'utf8')
      .trimEnd()
      .split('\n');
    const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events.length).toBeGreaterThan(100);
    expect(invalid(events)).toEqual([]);
  });
});

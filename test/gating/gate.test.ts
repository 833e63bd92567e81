import { describe, expect, it } from 'vitest';
import { gate } from '../../src/gating/gate.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { itemsOf } from '../../src/model/items.js';
import { evidenceItem } from '../support/evidence.js';
import type { TestResult } from '../support/result.js';

type Spec = Pick<EvidenceItem, 'status' | 'severity'> & { controls?: string[]; waived?: boolean; id?: string };

function item(s: Spec, n: number): EvidenceItem {
  return evidenceItem({
    ...(s.id ? { id: s.id } : {}),
    status: s.status,
    severity: s.severity,
    resource: { id: `r${n}`, name: `r${n}` },
    controls2022: s.controls ?? [],
    ...(s.waived ? { waiver: { check: '*', resource: '*', reason: 'r', owner: 'o', expires: '2099-01-01' } } : {}),
  });
}

function result(specs: readonly Spec[], newItems?: string[]): TestResult {
  const items = specs.map(item);
  const byStatus = { pass: 0, fail: 0, error: 0, not_applicable: 0 };
  for (const i of items) byStatus[i.status]++;
  return { summary: { byStatus }, items: itemsOf(items), ...(newItems ? { baseline: { newItems } } : {}) } as unknown as TestResult;
}

describe('gate', () => {
  it.each([
    ['clean scan', [{ status: 'pass', severity: 'high' }], 'high', false, 0],
    ['high failure at --fail-on high', [{ status: 'fail', severity: 'high' }], 'high', false, 1],
    ['critical failure at --fail-on high', [{ status: 'fail', severity: 'critical' }], 'high', false, 1],
    ['medium failure below threshold', [{ status: 'fail', severity: 'medium' }], 'high', false, 0],
    ['--fail-on none never fails on findings', [{ status: 'fail', severity: 'critical' }], 'none', true, 0],
    ['errors make the scan incomplete', [{ status: 'error', severity: 'low' }], 'high', false, 3],
    ['--allow-incomplete accepts errors', [{ status: 'error', severity: 'low' }], 'high', true, 0],
    [
      'findings outrank incompleteness',
      [
        { status: 'error', severity: 'low' },
        { status: 'fail', severity: 'high' },
      ],
      'high',
      false,
      1,
    ],
    ['a waived critical failure does not block', [{ status: 'fail', severity: 'critical', waived: true }], 'high', false, 0],
  ] as const)('%s', (_n, items, failOn, allowIncomplete, code) => {
    const out = gate(result([...items]), { failOn, allowIncomplete });
    expect(out.exitCode).toBe(code);
    expect(out.gate).toBe(code === 0 ? 'pass' : 'fail');
  });

  it('fails on a low failure mapped to a --fail-on-control control, even with --fail-on none', () => {
    const r = result([
      { status: 'fail', severity: 'low', controls: ['A.8.24'] },
      { status: 'fail', severity: 'low', controls: ['A.8.13'] },
    ]);
    const out = gate(r, { failOn: 'none', failOnControls: ['A.8.24', 'A.5.15'], allowIncomplete: false });
    expect(out).toMatchObject({ exitCode: 1, gate: 'fail' });
    expect(out.blocking.map((i) => i.resource.id)).toEqual(['r0']);
    expect(out.reason).toBe('1 failing item(s) mapped to A.8.24, A.5.15 (--fail-on-control)');
  });

  it('passes when the control-mapped failure is waived', () => {
    const r = result([{ status: 'fail', severity: 'low', controls: ['A.8.24'], waived: true }]);
    const out = gate(r, { failOn: 'none', failOnControls: ['A.8.24'], allowIncomplete: false });
    expect(out).toMatchObject({ exitCode: 0, gate: 'pass' });
    expect(out.reason).toContain('1 waived item(s) ignored');
  });

  it('counts an item once when it meets both the severity and the control threshold', () => {
    const out = gate(result([{ status: 'fail', severity: 'high', controls: ['A.8.24'] }]), {
      failOn: 'high',
      failOnControls: ['A.8.24'],
      allowIncomplete: false,
    });
    expect(out.blocking).toHaveLength(1);
    expect(out.reason).toMatch(/^1 failing item\(s\): 1 at or above high \(--fail-on high\), 1 mapped to A\.8\.24/);
  });

  it('with a baseline, blocks only on new failing items', () => {
    const specs: Spec[] = [
      { status: 'fail', severity: 'critical', id: 'a'.repeat(32) },
      { status: 'fail', severity: 'high', id: 'b'.repeat(32) },
    ];
    expect(gate(result(specs, []), { failOn: 'high', allowIncomplete: false })).toMatchObject({
      exitCode: 0,
      reason: 'nothing new since the baseline failing at or above high',
    });
    const out = gate(result(specs, ['b'.repeat(32)]), { failOn: 'high', allowIncomplete: false });
    expect(out.exitCode).toBe(1);
    expect(out.blocking.map((i) => i.id)).toEqual(['b'.repeat(32)]);
    expect(out.reason).toContain('new since the baseline');
  });

  it('lists blocking items most severe first', () => {
    const out = gate(
      result([
        { status: 'fail', severity: 'high' },
        { status: 'fail', severity: 'critical' },
      ]),
      { failOn: 'high', allowIncomplete: false },
    );
    expect(out.blocking.map((i) => i.severity)).toEqual(['critical', 'high']);
  });
});

import { describe, expect, it } from 'vitest';
import { gate } from '../../src/engine/gate.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import type { ResultDocument } from '../../src/output/result.js';

function result(items: Pick<EvidenceItem, 'status' | 'severity'>[]): ResultDocument {
  const byStatus = { pass: 0, fail: 0, error: 0, not_applicable: 0 };
  for (const i of items) byStatus[i.status]++;
  return { summary: { byStatus }, items } as unknown as ResultDocument;
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
    ['findings outrank incompleteness', [{ status: 'error', severity: 'low' }, { status: 'fail', severity: 'high' }], 'high', false, 1],
  ] as const)('%s', (_n, items, failOn, allowIncomplete, code) => {
    expect(gate(result([...items]), { failOn, allowIncomplete }).exitCode).toBe(code);
  });
});

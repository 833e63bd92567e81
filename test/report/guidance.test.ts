import { describe, expect, it } from 'vitest';
import { allMappings } from '../../src/engine/mappings.js';

import { loadEvidenceGuidance } from '../../src/report/guidance.js';

describe('evidence guidance (mappings/iso27001-2022/evidence-guidance.yaml)', () => {
  const ids = allMappings()
    .catalogues.find((c) => c.framework === 'iso27001:2022')!
    .controls.map((c) => c.id);
  const guidance = loadEvidenceGuidance();

  it('has an entry for each of the 93 Annex A controls and no other', () => {
    expect(ids).toHaveLength(93);
    expect([...guidance.keys()].sort()).toEqual([...ids].sort());
  });

  it('gives distinct, short, single-sentence advice', () => {
    const texts = [...guidance.values()];
    expect(new Set(texts).size).toBe(texts.length);
    for (const t of texts) {
      expect(t.length).toBeLessThanOrEqual(200);
      expect(t).toMatch(/\.$/);
      expect(t).not.toContain('\n');
    }
  });
});

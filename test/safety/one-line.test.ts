import { describe, expect, it } from 'vitest';
import { itemsOf } from '../../src/model/items.js';
import { oneLine } from '../../src/model/one-line.js';
import { renderSummary } from '../../src/output/summary.js';
import { resultOf } from '../report/fixtures.js';
import { evidenceItem } from '../support/evidence.js';

describe('untrusted text in a printed line', () => {
  it('shows its own line breaks escaped', () => {
    expect(oneLine('a\nb\r\nc\u2028d')).toBe('a\\nb\\r\\nc\\u2028d');
  });

  it('cannot start a line of the text summary (a resource name with \\n::error)', () => {
    const item = evidenceItem({ status: 'fail', severity: 'high', message: 'Bucket evil\n::error ::pwned is public.' });
    const result = resultOf([item]);
    const text = renderSummary({ ...result, items: itemsOf([item]) });
    expect(text).toContain('Bucket evil\\n::error ::pwned is public.');
    expect(text.split('\n').some((l) => l.trimStart().startsWith('::'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { niceAxis, stackedBarChart } from '../../src/report/chart.js';

describe('stacked bar chart', () => {
  it.each([
    [0, { max: 1, step: 1 }],
    [3, { max: 3, step: 1 }],
    [7, { max: 8, step: 2 }],
    [29, { max: 30, step: 10 }],
    [93, { max: 100, step: 25 }],
    [1234, { max: 1500, step: 500 }],
  ])('puts %i under a round axis of at most four gridlines', (n, axis) => {
    expect(niceAxis(n)).toEqual(axis);
  });

  it('stacks pass, error and fail per scan with heights proportional to the counts', () => {
    const svg = stackedBarChart(
      [
        { at: '2026-11-01T00:00:00Z', pass: 6, fail: 2, error: 0 },
        { at: '2026-11-02T00:00:00Z', pass: 4, fail: 2, error: 2 },
      ],
      { title: 'Controls <by> status', unit: 'controls', height: 228 },
    );
    expect(svg).toMatch(/^<svg class="chart" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('aria-label="Controls &lt;by&gt; status"');
    const rects = [...svg.matchAll(/<rect class="(\w+)" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)].map((m) => [
      m[1],
      Number(m[3]),
    ]);
    // Plot height 160 for an axis of 8: 20 px per unit.
    expect(rects).toEqual([
      ['pass', 120],
      ['fail', 40],
      ['pass', 80],
      ['error', 40],
      ['fail', 40],
    ]);
    expect(svg.match(/<g class="bar">/g)).toHaveLength(2);
    expect(svg).toContain('>2026-11-02</text>');
  });

  it('labels scans by time of day when several fall on one date', () => {
    const svg = stackedBarChart(
      [
        { at: '2026-11-20T09:00:00.000Z', pass: 1, fail: 0, error: 0 },
        { at: '2026-11-20T21:30:00.000Z', pass: 1, fail: 1, error: 0 },
      ],
      { title: 't', unit: 'items' },
    );
    expect([...svg.matchAll(/text-anchor="middle" font-size="11">([^<]+)</g)].map((m) => m[1])).toEqual(['11-20 09:00', '11-20 21:30']);
  });
});

import { esc } from './escape.js';

export interface ChartPoint {
  at: string;
  pass: number;
  fail: number;
  error: number;
}

const SERIES = [
  { key: 'pass', label: 'pass', colour: '#2e7d32' },
  { key: 'error', label: 'error', colour: '#f9a825' },
  { key: 'fail', label: 'fail', colour: '#c62828' },
] as const;

/** A round axis: the smallest 1-2-2.5-5 step that covers `n` in at most four gridlines. */
export function niceAxis(n: number): { max: number; step: number } {
  if (n <= 4) return { max: Math.max(n, 1), step: 1 };
  for (let mag = 1; ; mag *= 10) {
    for (const f of [1, 2, 2.5, 5]) {
      const step = f * mag;
      if (Number.isInteger(step) && step * 4 >= n) return { max: Math.ceil(n / step) * step, step };
    }
  }
}

/**
 * A stacked bar per scan (pass, error, fail from the bottom) as inline SVG. No script and no
 * external assets, so it renders in any browser and in print.
 */
export function stackedBarChart(
  points: readonly ChartPoint[],
  opts: { title: string; unit: string; width?: number; height?: number },
): string {
  const width = opts.width ?? 720;
  const height = opts.height ?? 220;
  const left = 44;
  const right = 12;
  const top = 28;
  const bottom = 40;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const { max, step } = niceAxis(Math.max(0, ...points.map((p) => p.pass + p.fail + p.error)));
  const y = (v: number): number => top + plotH - (v / max) * plotH;
  const slot = plotW / Math.max(points.length, 1);
  const barW = Math.max(2, Math.min(48, slot * 0.7));
  // Label at most ~10 scans on the x axis so dates never overlap.
  const labelEvery = Math.max(1, Math.ceil(points.length / 10));
  // Several scans on one day would all read the same date; show their time of day instead.
  const sameDay = new Set(points.map((p) => p.at.slice(0, 10))).size < points.length;
  const label = (at: string): string => (sameDay ? `${at.slice(5, 10)} ${at.slice(11, 16)}` : at.slice(0, 10));

  const parts: string[] = [];
  for (let v = 0; v <= max; v += step) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11">${v}</text>`);
  }
  points.forEach((p, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    let base = 0;
    const tip = `${p.at}: ${p.pass} pass, ${p.fail} fail, ${p.error} error ${opts.unit}`;
    parts.push(`<g class="bar"><title>${esc(tip)}</title>`);
    for (const s of SERIES) {
      const v = p[s.key];
      if (v > 0)
        parts.push(
          `<rect class="${s.key}" x="${x.toFixed(1)}" y="${y(base + v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(base) - y(base + v)).toFixed(1)}" fill="${s.colour}"/>`,
        );
      base += v;
    }
    parts.push('</g>');
    if (i % labelEvery === 0)
      parts.push(
        `<text x="${(x + barW / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" font-size="11">${esc(label(p.at))}</text>`,
      );
  });
  const legend = SERIES.map(
    (s, i) =>
      `<rect x="${left + i * 80}" y="8" width="12" height="12" fill="${s.colour}"/><text x="${left + i * 80 + 16}" y="18" font-size="12">${s.label}</text>`,
  ).join('');
  return [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(opts.title)}">`,
    `<title>${esc(opts.title)}</title>`,
    legend,
    `<text x="${width - right}" y="18" text-anchor="end" font-size="11">${esc(opts.unit)} per scan</text>`,
    ...parts,
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#888"/>`,
    '</svg>',
  ].join('');
}

import { writeOutputFile } from '../output/write-file.js';
import { renderSoaCsv } from './csv.js';
import { renderSoaHtml } from './html.js';
import { renderSoaMarkdown } from './markdown.js';
import type { SoaReport } from './soa.js';

export const SOA_RENDERERS = {
  html: { file: 'soa.html', render: renderSoaHtml },
  csv: { file: 'soa.csv', render: renderSoaCsv },
  md: { file: 'soa.md', render: renderSoaMarkdown },
} satisfies Record<string, { file: string; render: (r: SoaReport) => string }>;

export type SoaFormat = keyof typeof SOA_RENDERERS;
export const SOA_FORMATS = Object.keys(SOA_RENDERERS) as SoaFormat[];

export function writeSoa(outDir: string, report: SoaReport, formats: readonly SoaFormat[]): string[] {
  return formats.map((f) => {
    const { file, render } = SOA_RENDERERS[f];
    return writeOutputFile(outDir, file, render(report));
  });
}

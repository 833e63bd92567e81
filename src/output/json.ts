import type { ResultDocument } from './result.js';
import { writeOutputFile } from './write-file.js';

export const JSON_FILE = 'annexa-result.json';

export function writeJson(outDir: string, result: ResultDocument): string {
  return writeOutputFile(outDir, JSON_FILE, `${JSON.stringify(result, null, 2)}\n`);
}

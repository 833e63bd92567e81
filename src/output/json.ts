import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultDocument } from './result.js';

export const JSON_FILE = 'annexa-result.json';

export function writeJson(outDir: string, result: ResultDocument): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, JSON_FILE);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  return file;
}

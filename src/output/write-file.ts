import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Write one output file into `outDir`, creating the directory first; returns the file's path. */
export function writeOutputFile(outDir: string, name: string, text: string): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, name);
  writeFileSync(file, text);
  return file;
}

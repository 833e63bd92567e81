import { join } from 'node:path';
import { writeFileAtomic } from '../safe-fs.js';

/** Write one output file into `outDir` atomically, creating the directory first; returns the file's path. */
export function writeOutputFile(outDir: string, name: string, text: string): string {
  const file = join(outDir, name);
  writeFileAtomic(file, text);
  return file;
}

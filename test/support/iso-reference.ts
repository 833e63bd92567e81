import { existsSync, readFileSync } from 'node:fs';
import { fromRoot } from '../../src/paths.js';

/**
 * The shared ISO reference lists (ids and short titles) sit beside the checkout in the project's
 * workspace and CI: `../shared` for the main checkout, `../../shared` for a worktree. Undefined when absent.
 */
export function referenceFile(name: string): string | undefined {
  return [fromRoot('..', 'shared', name), fromRoot('..', '..', 'shared', name)].find((f) => existsSync(f));
}

export function readReference(file: string): { id: string; title: string }[] {
  const [, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  return rows.map((r) => {
    const [id, , title] = r.split('\t');
    return { id: id!, title: title! };
  });
}

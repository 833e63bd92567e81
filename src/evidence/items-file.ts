/**
 * A bundle's `items.jsonl`. A finished spool already holds exactly these bytes, hashed as they
 * were written: the bundle takes a hard link to it (a second name for the same file, no bytes
 * written, none read) and copies only when it cannot, such as a bundle on another file system.
 */
import { chmodSync, linkSync, rmSync } from 'node:fs';
import type { Items } from '../model/items.js';
import { type FileDigest, writeBytesHashed, writeLinesHashed } from './hashed-file.js';

/** How the file was made: `linked` when it is the spool's file under a second name. */
export interface ItemsWritten extends FileDigest {
  linked: boolean;
}

/**
 * Write `items` to the new file `path`, with permission bits `mode` (the bundle's other files'
 * mode: the spool made its file private, and a link shares the spool's mode). `link` is a seam for
 * tests; any failure of it (EXDEV across file systems, EPERM, EMLINK, a file system without hard
 * links) falls back to the copy.
 */
export function writeItemsFile(path: string, items: Items, mode: number, link: typeof linkSync = linkSync): ItemsWritten {
  const file = items.file?.();
  if (file) {
    let made = false;
    try {
      link(file.path, path);
      made = true;
      // One inode, so this also opens the spool's file to the same readers; it sits in a private
      // scratch directory, and the bundle's readers may read these bytes anyway.
      chmodSync(path, mode);
      return { sha256: file.sha256, bytes: file.bytes, linked: true };
    } catch {
      // A link made before chmod failed goes too, so the copy starts from nothing.
      if (made) rmSync(path, { force: true });
    }
  }
  const digest = items.bytes ? writeBytesHashed(path, items.bytes()) : writeLinesHashed(path, items.lines());
  return { ...digest, linked: false };
}

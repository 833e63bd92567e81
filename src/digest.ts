/** SHA-256 and size of bytes as they pass, for files hashed while written (spools, bundles). */
import { createHash, type Hash } from 'node:crypto';

/** A file's SHA-256 and size, as the manifest lists them. */
export interface FileDigest {
  sha256: string;
  bytes: number;
}

/** Running SHA-256 and size of bytes as they are written somewhere. */
export class Digester {
  private readonly hash: Hash = createHash('sha256');
  private n = 0;

  update(data: Uint8Array): void {
    this.hash.update(data);
    this.n += data.length;
  }

  digest(): FileDigest {
    return { sha256: this.hash.digest('hex'), bytes: this.n };
  }
}

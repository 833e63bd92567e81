import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { loadResult } from '../output/load-result.js';
import { MIN_KEY_BYTES, shareResult } from '../output/share.js';
import { writeFileAtomic } from '../safe-fs.js';
import { shownName } from '../shown-name.js';
import type { CliIO } from './io.js';

export interface ShareFlags {
  result: string;
  keyFile?: string;
  out: string;
}

export const SHARE_KEY_ENV = 'ANNEXA_SHARE_KEY';

/** The organisation's pseudonymisation key: a file's bytes, or the env var's. Never printed. */
function readKey(flags: ShareFlags, io: CliIO, env: NodeJS.ProcessEnv): Buffer {
  let key: Buffer;
  let where: string;
  if (flags.keyFile) {
    where = flags.keyFile;
    const path = resolve(io.cwd, flags.keyFile);
    if (!existsSync(path) || !statSync(path).isFile())
      throw new InputError('--key-file', `${shownName(flags.keyFile)}: not a readable file`);
    key = readFileSync(path);
  } else if (env[SHARE_KEY_ENV]) {
    where = SHARE_KEY_ENV;
    key = Buffer.from(env[SHARE_KEY_ENV]!, 'utf8');
  } else {
    throw new InputError(
      '--key-file',
      `name the pseudonymisation key (--key-file FILE or ${SHARE_KEY_ENV}); create one with: openssl rand -out share.key 32`,
    );
  }
  // A trailing newline from `echo` or an editor is not key material.
  const trimmed = key.subarray(0, key.length - (key.at(-1) === 0x0a ? 1 : 0));
  if (trimmed.length < MIN_KEY_BYTES) throw new InputError(where, `the key has ${trimmed.length} bytes; use at least ${MIN_KEY_BYTES}`);
  return trimmed;
}

/** `annexa share`: a pseudonymised, aggregated export of a result for sharing outside the organisation. */
export function shareCommand(flags: ShareFlags, io: CliIO): number {
  const key = readKey(flags, io, io.env);
  const doc = loadResult(resolve(io.cwd, flags.result), {
    shownAs: flags.result,
    notFound: 'file not found; run `annexa scan` first or pass --result FILE',
  });
  const shared = shareResult(doc, key);
  const out = resolve(io.cwd, flags.out);
  if (existsSync(out) && statSync(out).isDirectory()) throw new InputError('--out', `${shownName(flags.out)} is a directory`);
  writeFileAtomic(out, `${JSON.stringify(shared, null, 2)}\n`, flags.out);
  const failing = shared.findings.reduce((n, f) => n + f.failing.length, 0);
  io.stdout(
    `Shared ${shared.findings.length} checks over ${shared.accounts.length} account(s), ${failing} failing or unreadable resources as pseudonyms`,
  );
  io.stdout(`Wrote ${shownName(relative(io.cwd, out) || out)}`);
  return 0;
}

/** Ed25519 keys for signing and checking bundle manifests. */
import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** `SHA256:<base64>` of the DER public key, the way OpenSSH prints fingerprints. */
export function fingerprint(publicKey: KeyObject): string {
  return `SHA256:${createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64')
    .replace(/=+$/, '')}`;
}

export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** PEM from a file, or from an environment variable with `env:NAME` (escaped `\n` allowed). */
function readPem(flag: string, spec: string, env: NodeJS.ProcessEnv, cwd: string): { pem: string; where: string } {
  if (spec.startsWith('env:')) {
    const name = spec.slice(4);
    const pem = env[name];
    if (!pem) throw new InputError(flag, `environment variable ${name} is not set`);
    return { pem: pem.replace(/\\n/g, '\n'), where: `environment variable ${name}` };
  }
  const file = resolve(cwd, spec);
  try {
    return { pem: readFileSync(file, 'utf8'), where: spec };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      spec,
      code === 'ENOENT' ? `key file not found (${flag})` : `cannot read the key file (${flag}): ${code ?? String(err)}`,
    );
  }
}

/** Read and parse a key; every problem names the file (or the flag, for env:) and the flag. */
function loadKey(
  flag: string,
  what: string,
  spec: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  parse: (pem: string) => KeyObject,
): KeyObject {
  const { pem, where } = readPem(flag, spec, env, cwd);
  const fromEnv = spec.startsWith('env:');
  const source = fromEnv ? flag : spec;
  const prefix = fromEnv ? `${where}: ` : '';
  let key: KeyObject;
  try {
    key = parse(pem);
  } catch {
    throw new InputError(source, `${prefix}not a PEM ${what} (${flag} expects an Ed25519 ${what})`);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new InputError(source, `${prefix}expected an Ed25519 ${what} (${flag}), got ${key.asymmetricKeyType ?? 'a symmetric key'}`);
  return key;
}

export function loadSigningKey(spec: string, env: NodeJS.ProcessEnv, cwd: string): SigningKey {
  const privateKey = loadKey('--sign-key', 'private key', spec, env, cwd, (pem) => createPrivateKey(pem));
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** A public key; a private key file is accepted too, and its public half used. */
export function loadPublicKey(spec: string, env: NodeJS.ProcessEnv, cwd: string): KeyObject {
  return loadKey('--public-key', 'public key', spec, env, cwd, (pem) => createPublicKey(pem));
}

export function signBytes(data: Buffer, key: KeyObject): string {
  return sign(null, data, key).toString('base64');
}

export function verifyBytes(data: Buffer, signature: string, key: KeyObject): boolean {
  try {
    return verify(null, data, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** Builders for the ECR case tables. */
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import type { EcrRepository } from './state.js';

export const R = 'us-east-1';

export function repo(name: string, extra: Partial<EcrRepository> = {}): EcrRepository {
  return {
    name,
    arn: `arn:aws:ecr:${R}:${ACCOUNT}:repository/${name}`,
    tagMutability: 'IMMUTABLE',
    scanOnPush: false,
    encryptionType: 'AES256',
    ...extra,
  };
}

/** Small KMS builders shared by the kms case tables. */

import { ACCOUNT, ok } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { type PolicyDocument, parsePolicyDocument } from '../../../iam-policy.js';
import type { KmsKey } from '../state.js';

export function kmsKey(keyId: string, over: Partial<KmsKey> = {}): Fetched<KmsKey> {
  return ok({
    keyId,
    arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${keyId}`,
    keyManager: 'CUSTOMER',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyState: 'Enabled',
    origin: 'AWS_KMS',
    multiRegion: false,
    ...over,
  });
}

/** A policy from statements written as in IAM JSON. */
export function policy(...statements: object[]): PolicyDocument {
  return parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
}

export const ownerRoot = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};

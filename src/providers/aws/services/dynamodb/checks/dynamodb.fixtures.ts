import { type SnapshotBuilder, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../../../model/keys.js';
import { ACCT, R } from '../../cases.fixtures.js';
import type { DynamoTable } from '../state.js';

export function tableOf(over: Partial<DynamoTable> = {}): DynamoTable {
  return { arn: `arn:aws:dynamodb:${R}:${ACCT}:table/t`, encryption: 'KMS', kmsKeyArn: 'arn:aws:kms:k', deletionProtection: true, ...over };
}

/** One table `t` in the key. */
export function one<T>(key: InventoryKey<PerResource<T>>, value: Fetched<T>): SnapshotBuilder {
  return snapshot().regional(key, R, { t: value });
}

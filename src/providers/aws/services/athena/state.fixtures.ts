/** Builders for the Athena case tables. */
import { ok, type SnapshotBuilder, snapshot } from '../../../../../test/support/snapshot.js';
import { ATHENA_WORKGROUPS, type AthenaWorkgroup } from './state.js';

export const R = 'us-east-1';

export function workgroup(extra: Partial<AthenaWorkgroup> = {}): SnapshotBuilder {
  return snapshot().regional(ATHENA_WORKGROUPS, R, {
    analysts: ok({
      arn: 'arn:aws:athena:us-east-1:111122223333:workgroup/analysts',
      name: 'analysts',
      engine: 'Athena engine version 3',
      enforced: true,
      resultEncryption: 'SSE_KMS',
      resultKmsKey: 'arn:aws:kms:us-east-1:111122223333:key/k',
      managedResults: false,
      metrics: true,
      ...extra,
    }),
  });
}

/** Builders for the MSK case tables. */
import { ok, type SnapshotBuilder, snapshot } from '../../../../../test/support/snapshot.js';
import { MSK_CLUSTERS, type MskProvisioned } from './state.js';

export const R = 'us-east-1';
const ARN = 'arn:aws:kafka:us-east-1:111122223333:cluster/orders/1';

export function provisioned(extra: Partial<MskProvisioned> = {}): SnapshotBuilder {
  return snapshot().regional(
    MSK_CLUSTERS,
    R,
    ok([
      {
        arn: ARN,
        name: 'orders',
        type: 'PROVISIONED' as const,
        state: 'ACTIVE',
        provisioned: {
          clientBroker: 'TLS',
          inCluster: true,
          publicAccess: 'DISABLED',
          unauthenticated: false,
          authMethods: ['IAM'],
          monitoring: 'PER_TOPIC_PER_BROKER',
          ...extra,
        },
      },
    ]),
  );
}

export function serverless(): SnapshotBuilder {
  return snapshot().regional(MSK_CLUSTERS, R, ok([{ arn: ARN, name: 'events', type: 'SERVERLESS' as const, state: 'ACTIVE' }]));
}

/** A provisioned cluster whose settings are missing from the snapshot. */
export function provisionedWithoutSettings(): SnapshotBuilder {
  return snapshot().regional(MSK_CLUSTERS, R, ok([{ arn: ARN, name: 'orders', type: 'PROVISIONED' as const, state: 'ACTIVE' }]));
}

/** Builders for the Step Functions case tables. */
import { ok, type SnapshotBuilder, snapshot } from '../../../../../test/support/snapshot.js';
import { SFN_STATE_MACHINES, type SfnStateMachine } from './state.js';

export const R = 'us-east-1';
export const ARN = 'arn:aws:states:us-east-1:111122223333:stateMachine:orders';

export function machine(extra: Partial<SfnStateMachine> = {}): SnapshotBuilder {
  return snapshot().regional(SFN_STATE_MACHINES, R, {
    [ARN]: ok({
      arn: ARN,
      name: 'orders',
      type: 'STANDARD',
      logLevel: 'ERROR',
      logGroups: ['arn:aws:logs:us-east-1:111122223333:log-group:/sfn/orders:*'],
      tracing: true,
      ...extra,
    }),
  });
}

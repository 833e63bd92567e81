/** Builders for the SNS case tables. */
import { ok } from '../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../model/fetched.js';
import type { SnsTopic } from './state.js';

export const R = 'us-east-1';
export const ARN = 'arn:aws:sns:us-east-1:111122223333:alerts';

export function topic(extra: Partial<SnsTopic> = {}): Record<string, Fetched<SnsTopic>> {
  return { [ARN]: ok({ name: 'alerts', arn: ARN, kmsKeyId: 'alias/aws/sns', subscriptionsConfirmed: 1, policy: null, ...extra }) };
}

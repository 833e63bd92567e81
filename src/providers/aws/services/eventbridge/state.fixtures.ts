/** Builders for the EventBridge case tables. */
import { ok } from '../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../model/fetched.js';
import type { EventBus } from './state.js';

export const R = 'us-east-1';

export function bus(extra: Partial<EventBus> = {}): Record<string, Fetched<EventBus>> {
  const name = extra.name ?? 'orders';
  return {
    [name]: ok({ name, arn: `arn:aws:events:us-east-1:111122223333:event-bus/${name}`, kind: 'custom', policy: null, ...extra }),
  };
}

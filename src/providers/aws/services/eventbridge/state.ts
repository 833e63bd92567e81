/** EventBridge state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';
import type { Named } from '../each-resource.js';

/** The account's own `default` bus, a partner bus (`aws.partner/…`), or a custom bus. */
export type EventBusKind = 'default' | 'partner' | 'custom';

/** `ListEventBuses`, reduced. `name` is the bus name. */
export interface EventBus extends Named {
  kind: EventBusKind;
  /** The bus's resource-based policy, `null` when it has none. */
  policy: PolicyDocument | null;
}

/** Every bus of the region by name; a bus whose policy text cannot be read is an error entry. */
export const EVENTBRIDGE_BUSES = inventoryKey<PerResource<EventBus>>('aws.eventbridge.buses', 'regional');
/**
 * `DescribeEventBus` of each custom bus by name: the KmsKeyIdentifier of its customer managed
 * key, `null` when EventBridge encrypts it with an AWS owned key.
 */
export const EVENTBRIDGE_BUS_KEYS = inventoryKey<PerResource<string | null>>('aws.eventbridge.busKeys', 'regional');

export function eventBusKind(name: string): EventBusKind {
  if (name === 'default') return 'default';
  return name.startsWith('aws.partner/') ? 'partner' : 'custom';
}

export function eventBusArn(partition: string, region: string, account: string, name: string): string {
  return `arn:${partition}:events:${region}:${account}:event-bus/${name}`;
}

/**
 * Shared by the Azure checks: resource refs from ARM ids, walking a subscription-wide list,
 * and the facts several checks agree on (what "critical" means, tag lookup, approved private endpoints).
 */

import type { CheckContext, Finding } from '../../model/check.js';
import { type FetchError, type Fetched, missingData } from '../../model/fetched.js';
import { GLOBAL, type InventoryKey, type PerResource } from '../../model/keys.js';
import type { CheckParams } from '../../model/params.js';
import type { ResourceRef } from '../../model/resource.js';
import { globMatch, lookup, readFetched, readGlobal } from '../check-kit.js';
import { type ArmSubResource, normalArmId, normalLocation, type PrivateEndpointConnection, resourceGroupOf } from './arm-state.js';
import { AZURE_RESOURCE_GROUPS, type ResourceGroup } from './services/resources/state.js';

export const SUBSCRIPTION_TYPE = 'Microsoft.Resources/subscriptions';

/** The subscription itself: what subscription-level findings and whole-list errors are about. */
export function subscriptionResource(ctx: CheckContext): ResourceRef {
  const { id, alias } = ctx.snapshot.snapshot.account;
  const arn = `/subscriptions/${id}`;
  return { provider: 'azure', account: id, region: GLOBAL, type: SUBSCRIPTION_TYPE, id: normalArmId(arn), arn, name: alias ?? id };
}

/** An ARM item as a resource: lower-cased id and canonical location for stability, the id as given kept in `arn`. */
export function azureResource(ctx: CheckContext, type: string, item: ArmSubResource & { location?: string }): ResourceRef {
  return {
    provider: 'azure',
    account: ctx.snapshot.account,
    region: item.location ? normalLocation(item.location) : GLOBAL,
    type,
    id: normalArmId(item.id),
    arn: item.id,
    name: item.name,
  };
}

/** One finding per item of a subscription-wide list; a list that could not be read is one error on the subscription. */
export function eachItem<T extends ArmSubResource & { location?: string }>(
  ctx: CheckContext,
  key: InventoryKey<T[]>,
  type: string,
  fn: (item: T, resource: ResourceRef) => Finding | Finding[],
): Finding[] {
  return readGlobal(ctx, key, subscriptionResource(ctx), (items) => items.flatMap((i) => fn(i, azureResource(ctx, type, i))));
}

/**
 * One item's entry in a per-resource key. Collectors key these by the ARM id as listed; the
 * lower-cased id is tried too, since ARM ids compare case-insensitively.
 */
export function lookupArm<T>(ctx: CheckContext, key: InventoryKey<PerResource<T>>, armId: string): Fetched<T> {
  const got = lookup(ctx, key, armId);
  if (got.ok) return got;
  const whole = ctx.snapshot.entry(key);
  const lower = normalArmId(armId);
  const match = whole?.result.ok ? Object.entries(whole.result.value).find(([k]) => normalArmId(k) === lower) : undefined;
  return match ? match[1] : got;
}

/** A subscription-level setting: the subscription is the one resource, also for errors. */
export function readSubscription<T>(
  ctx: CheckContext,
  key: InventoryKey<T>,
  fn: (value: T, resource: ResourceRef) => Finding[],
): Finding[] {
  const resource = subscriptionResource(ctx);
  return readGlobal(ctx, key, resource, (value) => fn(value, resource));
}

/** An answer that arrived without a field the verdict depends on: an error, never a guess. */
export function gap(api: string, action: string, message: string): FetchError {
  return missingData(api, message, action);
}

/** Private endpoint connections that are approved, i.e. actually carry traffic. */
export function approvedPrivateEndpoints(conns: readonly PrivateEndpointConnection[] | undefined): string[] {
  return (conns ?? [])
    .filter((c) => (c.properties?.privateLinkServiceConnectionState?.status ?? '').toLowerCase() === 'approved')
    .map((c) => c.id);
}

/** Tag lookup as Azure does it: tag names are case-insensitive. */
export function tagValue(tags: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  const want = name.toLowerCase();
  for (const [k, v] of Object.entries(tags ?? {})) if (k.toLowerCase() === want) return v;
  return undefined;
}

/** Why a resource group counts as critical under the params, or null when it does not. */
export function criticalBecause(group: Pick<ResourceGroup, 'name' | 'tags'>, params: CheckParams): string | null {
  for (const pattern of params.azureCriticalGroups) {
    if (globMatch(pattern, group.name, { ignoreCase: true })) return `name matches ${pattern}`;
  }
  for (const spec of params.azureCriticalGroupTags) {
    const eq = spec.indexOf('=');
    const name = eq < 0 ? spec : spec.slice(0, eq);
    const value = tagValue(group.tags, name);
    if (value === undefined) continue;
    if (eq < 0 || value.toLowerCase() === spec.slice(eq + 1).toLowerCase()) return `tag ${eq < 0 ? name : spec}`;
  }
  return null;
}

/** Resource groups by lower-cased name, or the error that kept them from being read. */
export function groupsByName(ctx: CheckContext): Fetched<Map<string, ResourceGroup>> {
  const groups = readFetched(ctx, AZURE_RESOURCE_GROUPS);
  return groups.ok ? { ok: true, value: new Map(groups.value.map((g) => [g.name.toLowerCase(), g])) } : groups;
}

/**
 * The resource group an ARM id lives in, looked up in the group list. A group the list does not
 * hold (created after it was read, or an id with no group) is an error, never "untagged" or "not critical".
 */
export function groupOf(groups: Fetched<Map<string, ResourceGroup>>, armId: string): Fetched<ResourceGroup> {
  if (!groups.ok) return groups;
  const rg = resourceGroupOf(armId);
  const group = rg === undefined ? undefined : groups.value.get(rg.toLowerCase());
  return group
    ? { ok: true, value: group }
    : {
        ok: false,
        error: gap(
          'Microsoft.Resources/subscriptions/resourceGroups:list',
          'Microsoft.Resources/subscriptions/resourceGroups/read',
          `resource group ${rg ?? '(none)'} of ${armId} is not in the resource group list`,
        ),
      };
}

/**
 * What every Entra check shares: the tenant as the resource findings are about, and reading
 * tenant-wide keys only from the snapshot that holds them (the tenant's first subscription).
 */
import type { CheckContext, Finding } from '../../../../model/check.js';
import type { FetchError, Fetched } from '../../../../model/fetched.js';
import { missingData } from '../../../../model/fetched.js';
import { GLOBAL, type InventoryKey } from '../../../../model/keys.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { errorFinding, readFetched } from '../../../check-kit.js';
import { ENTRA_ORGANIZATION } from './state.js';

export const TENANT_TYPE = 'Microsoft.Entra/tenants';

/**
 * Run `fn` with the tenant as a resource, or return no findings when this snapshot does not hold
 * the tenant (another subscription of the same scan does). The organisation key is required by
 * every Entra check, so it is present, read or failed, exactly in the holder's snapshot.
 */
export function onTenant(ctx: CheckContext, fn: (tenant: ResourceRef) => Finding[]): Finding[] {
  const entry = ctx.snapshot.entry(ENTRA_ORGANIZATION);
  if (!entry) return [];
  const org = entry.result.ok ? entry.result.value[0] : undefined;
  // Without the organisation (denied), findings are still about "the tenant", under a fixed id.
  const id = `/tenants/${org?.id ?? 'unknown'}`;
  return fn({
    provider: 'azure',
    account: ctx.snapshot.account,
    region: GLOBAL,
    type: TENANT_TYPE,
    id,
    arn: id,
    name: org?.displayName ?? org?.id ?? 'Microsoft Entra tenant',
  });
}

/** A tenant-wide key's value, or one error finding on the tenant. */
export function readTenant<T>(ctx: CheckContext, key: InventoryKey<T>, fn: (value: T, tenant: ResourceRef) => Finding[]): Finding[] {
  return onTenant(ctx, (tenant) => {
    const got = readFetched(ctx, key);
    return got.ok ? fn(got.value, tenant) : [errorFinding(tenant, got.error)];
  });
}

/** A sub-resource of the tenant (a user, an application, a role assignment). */
export function tenantPart(tenant: ResourceRef, type: string, id: string, name: string): ResourceRef {
  const arn = `${tenant.id}/${type.split('/').pop()}/${id}`;
  return { ...tenant, type, id: arn, arn, name };
}

/** An answer missing a field the verdict depends on: an error, never a guess. */
export function missing(api: string, action: string, message: string): FetchError {
  return missingData(api, message, action);
}

export type { Fetched };

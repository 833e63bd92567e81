/**
 * Shapes shared by every Azure inventory value. No SDK imports here: checks depend on this file.
 *
 * Values keep the ARM wire shape (settings under `properties`, ARM property names), trimmed
 * to what checks read. The same shape comes back from the service SDKs' raw responses and
 * from Azure Resource Graph, so a collector may use either and store the result as it is.
 * Every Azure key is subscription-wide (`global`): one snapshot is one subscription.
 */

/** A proxy (child or settings) resource, which ARM gives no location or tags. */
export interface ArmSubResource {
  /** The ARM id exactly as Azure returns it (ARM ids are case-insensitive). */
  id: string;
  name: string;
  /** e.g. `Microsoft.Sql/servers/firewallRules`. */
  type: string;
}

/** A tracked resource: it has a location and tags. */
export interface ArmResource extends ArmSubResource {
  /** e.g. `westeurope`; `global` for the few global resources. */
  location: string;
  /** `{}` when the resource has none (ARM omits the field). */
  tags: Record<string, string>;
}

/** Private endpoint connections, as storage accounts, key vaults and SQL servers list them. */
export interface PrivateEndpointConnection {
  id: string;
  properties?: {
    privateLinkServiceConnectionState?: {
      /** `Approved`, `Pending`, `Rejected` or `Disconnected`. */
      status?: string;
    };
  };
}

/** `/subscriptions/<id>/resourceGroups/<name>/…` → `<name>`, or undefined for ids outside a group. */
export function resourceGroupOf(armId: string): string | undefined {
  const m = /\/resourceGroups\/([^/]+)/i.exec(armId);
  return m?.[1];
}

/**
 * A location in ARM's canonical form (`westeurope`). Some resource providers answer with the
 * display form (`West Europe`); the region is part of every evidence id, so it is normalised.
 */
export function normalLocation(location: string): string {
  return location.toLowerCase().replace(/\s+/g, '');
}

/** ARM ids compare case-insensitively; this is the form used as a stable key. */
export function normalArmId(armId: string): string {
  return armId.toLowerCase();
}

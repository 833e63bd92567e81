/**
 * Shared by the PostgreSQL and MySQL flexible server folders: server parameters ("configurations") as
 * ARM lists them, and a check over one server parameter with the server list beside it.
 */
import type { Check } from '../../../model/check.js';
import type { InventoryKey, PerResource } from '../../../model/keys.js';
import type { ArmResource } from '../arm-state.js';
import type { Shape } from '../wire.js';
import { childCheck, missing, type Verdict } from './check.js';

/** One server parameter, e.g. `require_secure_transport` = `on`. */
export interface ServerParameter {
  name: string;
  properties: { value?: string; defaultValue?: string; source?: string };
}

export const PARAMETER_SHAPE: Shape<ServerParameter> = { name: true, properties: { value: true, defaultValue: true, source: true } };

/** A flexible server (PostgreSQL or MySQL), the fields both checks read. */
export interface FlexibleServer extends ArmResource {
  properties: {
    version?: string;
    /** `network.publicNetworkAccess`: `Enabled` or `Disabled` (private access, VNet-integrated servers). */
    network?: { publicNetworkAccess?: string };
    /** `backup.geoRedundantBackup`: `Enabled` or `Disabled`; fixed when the server is created. */
    backup?: { geoRedundantBackup?: string; backupRetentionDays?: number };
  };
}

export const SERVER_SHAPE: Shape<FlexibleServer> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: { version: true, network: { publicNetworkAccess: true }, backup: { geoRedundantBackup: true, backupRetentionDays: true } },
};

type Meta = Parameters<typeof childCheck>[0];

/** A check on one server parameter's value; a parameter missing from the server's list is an error naming the API. */
export function parameterCheck(
  meta: Meta,
  servers: InventoryKey<FlexibleServer[]>,
  params: InventoryKey<PerResource<ServerParameter[]>>,
  api: { api: string; actions: readonly string[] },
  name: string,
  judge: (value: string, server: FlexibleServer) => Verdict,
): Check {
  return childCheck(meta, servers, params, (s, list) => {
    const p = list.find((x) => x.name.toLowerCase() === name);
    const value = p?.properties.value ?? p?.properties.defaultValue;
    if (value === undefined) return missing(api.api, api.actions[0]!, `server ${s.name} reports no ${name} parameter`);
    return judge(value.trim(), s);
  });
}

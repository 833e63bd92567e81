/**
 * Azure SQL servers and their auditing, firewall, databases and TDE through arm-sql. The
 * server list (one paged call, with the Entra administrator expanded in) covers TLS, public
 * access and the admin. Auditing, firewall rules, databases and TDE are child resources
 * Resource Graph does not index, so they are one call per server (or per database).
 */
import { api } from '../../../../inventory/collector.js';
import { GLOBAL, type PerResource } from '../../../../model/keys.js';
import { childCollector, listCollector } from '../../collect-kit.js';
import type { AzureCollector } from '../../context.js';
import { perArmResource, project, type Shape, wireGet, wireList, withTags } from '../../wire.js';
import {
  AZURE_SQL_AUDITING,
  AZURE_SQL_DATABASES,
  AZURE_SQL_FIREWALL_RULES,
  AZURE_SQL_SERVERS,
  AZURE_SQL_TDE,
  type SqlDatabase,
  type SqlFirewallRule,
  type SqlServer,
  type SqlServerAuditing,
  type SqlTransparentDataEncryption,
} from './state.js';

const LIST_SERVERS = api('Microsoft.Sql/servers:list', 'Microsoft.Sql/servers/read');
const GET_AUDITING = api('Microsoft.Sql/servers/auditingSettings:get', 'Microsoft.Sql/servers/auditingSettings/read');
const LIST_FIREWALL = api('Microsoft.Sql/servers/firewallRules:list', 'Microsoft.Sql/servers/firewallRules/read');
const LIST_DATABASES = api('Microsoft.Sql/servers/databases:list', 'Microsoft.Sql/servers/databases/read');
const GET_TDE = api(
  'Microsoft.Sql/servers/databases/transparentDataEncryption:get',
  'Microsoft.Sql/servers/databases/transparentDataEncryption/read',
);

const SERVER: Shape<SqlServer> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: {
    minimalTlsVersion: true,
    publicNetworkAccess: true,
    // The admin's login and object id identify a directory principal, not a credential;
    // the server's SQL admin password is never in this answer.
    administrators: {
      administratorType: true,
      principalType: true,
      login: true,
      sid: true,
      tenantId: true,
      azureADOnlyAuthentication: true,
    },
    privateEndpointConnections: { id: true, properties: { privateLinkServiceConnectionState: { status: true } } },
  },
};
const AUDITING: Shape<SqlServerAuditing> = {
  id: true,
  name: true,
  type: true,
  // `storageAccountAccessKey` is in the same answer (masked); it is not named here, so never kept.
  properties: { state: true, retentionDays: true, storageEndpoint: true, isAzureMonitorTargetEnabled: true },
};
const FIREWALL_RULE: Shape<SqlFirewallRule> = {
  id: true,
  name: true,
  type: true,
  properties: { startIpAddress: true, endIpAddress: true },
};
const DATABASE: Shape<SqlDatabase> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  kind: true,
  properties: { status: true },
};
const TDE: Shape<SqlTransparentDataEncryption> = { id: true, name: true, type: true, properties: { state: true } };

/** `master` is the server's system database; TDE is judged on user databases only. */
function userDatabases(byServer: PerResource<SqlDatabase[]>): SqlDatabase[] {
  // A server whose databases could not be listed has no entries: its error is on AZURE_SQL_DATABASES.
  return Object.values(byServer)
    .flatMap((r) => (r.ok ? r.value : []))
    .filter((d) => d.name.toLowerCase() !== 'master');
}

const tde: AzureCollector<PerResource<SqlTransparentDataEncryption>> = {
  key: AZURE_SQL_TDE,
  service: 'sql',
  apis: [GET_TDE],
  dependsOn: [AZURE_SQL_DATABASES],
  async collect(ctx) {
    const client = await ctx.client('sql');
    const dbs = userDatabases(await ctx.need(AZURE_SQL_DATABASES, GLOBAL));
    return perArmResource(ctx, dbs, GET_TDE, async (d, { resourceGroup, name }) => {
      const server = /\/servers\/([^/]+)\/databases\//i.exec(d.id)?.[1];
      if (!server) throw Object.assign(new Error(`not a SQL database id: ${d.id}`), { name: 'MalformedId' });
      return project(await wireGet(() => client.transparentDataEncryptions.get(resourceGroup, server, name, 'current')), TDE);
    });
  },
};

const perServer = { service: 'sql', parent: AZURE_SQL_SERVERS } as const;

export const sqlCollectors = [
  listCollector(
    AZURE_SQL_SERVERS,
    'sql',
    LIST_SERVERS,
    (c) => c.servers.list({ expand: 'administrators/activedirectory' }),
    (s) => withTags(project(s, SERVER)),
  ),
  childCollector({
    ...perServer,
    key: AZURE_SQL_AUDITING,
    spec: GET_AUDITING,
    fetch: async (c, at) => project(await wireGet(() => c.serverBlobAuditingPolicies.get(at.resourceGroup, at.name)), AUDITING),
  }),
  childCollector({
    ...perServer,
    key: AZURE_SQL_FIREWALL_RULES,
    spec: LIST_FIREWALL,
    fetch: async (c, at, _s, ctx) =>
      (await wireList(ctx, LIST_FIREWALL, () => c.firewallRules.listByServer(at.resourceGroup, at.name))).map((r) =>
        project(r, FIREWALL_RULE),
      ),
  }),
  childCollector({
    ...perServer,
    key: AZURE_SQL_DATABASES,
    spec: LIST_DATABASES,
    fetch: async (c, at, _s, ctx) =>
      (await wireList(ctx, LIST_DATABASES, () => c.databases.listByServer(at.resourceGroup, at.name))).map((d) =>
        withTags(project(d, DATABASE)),
      ),
  }),
  tde,
] as readonly AzureCollector<unknown>[];

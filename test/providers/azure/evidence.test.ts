import { allMappings } from '../../../src/engine/mappings.js';
/**
 * All Azure checks over one complete subscription snapshot, through the real evaluator and
 * result builder: every check has something to say, nothing errors when nothing is missing,
 * refs follow the Azure conventions, and the document meets the result schema.
 */

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, evidenceId } from '../../../src/engine/evaluate.js';
import { ALL_CHECKS } from '../../../src/engine/registry.js';
import { controlsByCheck } from '../../../src/mapping/coverage.js';
import { DEFAULT_PARAMS } from '../../../src/model/params.js';

import { buildResult } from '../../../src/output/result.js';
import { fromRoot } from '../../../src/paths.js';
import {
  blobService,
  database,
  firewallRule,
  flowLog,
  group,
  LOCATION,
  lock,
  nsg,
  resource,
  rule,
  SUB_ID,
  SUBNET,
  sqlServer,
  storageAccount,
  vault,
  vaultItem,
  watcher,
} from '../../../src/providers/azure/builders.fixtures.js';
import { withArmServices } from '../../../src/providers/azure/service-kit/sample.fixtures.js';
import { account as aiAccount } from '../../../src/providers/azure/services/cognitiveservices/cases.fixtures.js';
import { AZURE_AI_ACCOUNTS } from '../../../src/providers/azure/services/cognitiveservices/state.js';
import { factory } from '../../../src/providers/azure/services/datafactory/cases.fixtures.js';
import { AZURE_DATA_FACTORIES } from '../../../src/providers/azure/services/datafactory/state.js';
import {
  ENTRA_APPLICATIONS,
  ENTRA_AUTHORIZATION_POLICY,
  ENTRA_CONDITIONAL_ACCESS,
  ENTRA_DIRECTORY_SETTINGS,
  ENTRA_GLOBAL_ADMIN_ASSIGNMENTS,
  ENTRA_GUEST_USERS,
  ENTRA_ORGANIZATION,
  ENTRA_ROLE_ASSIGNMENT_SCHEDULES,
  ENTRA_SECURITY_DEFAULTS,
  ROLES,
} from '../../../src/providers/azure/services/entra/state.js';
import { AZURE_KEY_VAULT_KEYS, AZURE_KEY_VAULT_SECRETS, AZURE_KEY_VAULTS } from '../../../src/providers/azure/services/keyvault/state.js';
import { withMessagingAndCacheServices } from '../../../src/providers/azure/services/messaging-cache.fixtures.js';
import { AZURE_SUBSCRIPTION_DIAGNOSTICS } from '../../../src/providers/azure/services/monitor/state.js';
import { AZURE_FLOW_LOGS, AZURE_NETWORK_WATCHERS, AZURE_NSGS } from '../../../src/providers/azure/services/network/state.js';
import { AZURE_LOCKS, AZURE_RESOURCE_GROUPS, AZURE_RESOURCES } from '../../../src/providers/azure/services/resources/state.js';
import { service as searchService } from '../../../src/providers/azure/services/search/cases.fixtures.js';
import { AZURE_SEARCH_SERVICES } from '../../../src/providers/azure/services/search/state.js';
import { AZURE_DEFENDER_PRICINGS, AZURE_SECURITY_CONTACTS } from '../../../src/providers/azure/services/security/state.js';
import {
  AZURE_SQL_AUDITING,
  AZURE_SQL_DATABASES,
  AZURE_SQL_FIREWALL_RULES,
  AZURE_SQL_SERVERS,
  AZURE_SQL_TDE,
} from '../../../src/providers/azure/services/sql/state.js';
import { AZURE_STORAGE_ACCOUNTS, AZURE_STORAGE_BLOB_SERVICES } from '../../../src/providers/azure/services/storage/state.js';
import { workspace as synapseWorkspace } from '../../../src/providers/azure/services/synapse/cases.fixtures.js';
import { AZURE_SYNAPSE_WORKSPACES } from '../../../src/providers/azure/services/synapse/state.js';
import { schemaErrors } from '../../support/cli.js';
import { azureSnapshot, type CheckCases, ok, run, SUBSCRIPTION } from '../../support/snapshot.js';

const sa = storageAccount('sa1', {
  supportsHttpsTrafficOnly: true,
  minimumTlsVersion: 'TLS1_2',
  encryption: { keySource: 'Microsoft.Storage' },
});
const net = nsg('nsg-1', [rule('ssh', { sourceAddressPrefix: '*', destinationPortRange: '22' })], { subnets: [SUBNET] });
const w = watcher();
const kv = vault('kv1', { enableSoftDelete: true });
const sql = sqlServer('sql1');
const db = database(sql, 'app');
const rg = group('rg-data', { criticality: 'critical', owner: 'data-team' });

const snap = withMessagingAndCacheServices(withArmServices(azureSnapshot(), rg.id))
  .global(AZURE_AI_ACCOUNTS, [aiAccount('ai1')])
  .global(AZURE_DATA_FACTORIES, [factory('adf1')])
  .global(AZURE_SEARCH_SERVICES, [searchService('srch1')])
  .global(AZURE_SYNAPSE_WORKSPACES, [synapseWorkspace('syn1')])
  .global(AZURE_RESOURCE_GROUPS, [rg])
  .global(AZURE_RESOURCES, [resource('vm1', { group: 'rg-data' })])
  .global(AZURE_LOCKS, [lock('keep', rg.id)])
  .global(AZURE_STORAGE_ACCOUNTS, [sa])
  .global(AZURE_STORAGE_BLOB_SERVICES, { [sa.id]: ok(blobService(sa, true, false)) })
  .global(AZURE_NSGS, [net])
  .global(AZURE_NETWORK_WATCHERS, [w])
  .global(AZURE_FLOW_LOGS, { [w.id]: ok([flowLog(net.id)]) })
  .global(AZURE_KEY_VAULTS, [kv])
  .global(AZURE_KEY_VAULT_KEYS, { [kv.id]: ok([vaultItem(kv, 'k1', { expires: '2027-01-01T00:00:00.000Z' })]) })
  .global(AZURE_KEY_VAULT_SECRETS, { [kv.id]: ok([vaultItem(kv, 's1')]) })
  .global(AZURE_SQL_SERVERS, [sql])
  .global(AZURE_SQL_AUDITING, {
    [sql.id]: ok({
      id: `${sql.id}/auditingSettings/default`,
      name: 'default',
      type: 'Microsoft.Sql/servers/auditingSettings',
      properties: { state: 'Enabled' },
    }),
  })
  .global(AZURE_SQL_FIREWALL_RULES, { [sql.id]: ok([firewallRule(sql, 'office', '203.0.113.1', '203.0.113.1')]) })
  .global(AZURE_SQL_DATABASES, { [sql.id]: ok([database(sql, 'master'), db]) })
  .global(AZURE_SQL_TDE, {
    [db.id]: ok({
      id: `${db.id}/transparentDataEncryption/current`,
      name: 'current',
      type: 'Microsoft.Sql/servers/databases/transparentDataEncryption',
      properties: { state: 'Enabled' },
    }),
  })
  .global(AZURE_SUBSCRIPTION_DIAGNOSTICS, [])
  .global(
    AZURE_DEFENDER_PRICINGS,
    ['VirtualMachines', 'StorageAccounts', 'SqlServers', 'KeyVaults'].map((name) => ({
      id: `${SUB_ID}/providers/Microsoft.Security/pricings/${name}`,
      name,
      type: 'Microsoft.Security/pricings',
      properties: { pricingTier: 'Free' },
    })),
  )
  .global(AZURE_SECURITY_CONTACTS, [])
  // This subscription holds the tenant's Entra data (the scan's first subscription).
  .global(ENTRA_ORGANIZATION, [{ id: 'tenant-1', displayName: 'Contoso' }])
  .global(ENTRA_SECURITY_DEFAULTS, { id: 'sd', isEnabled: true })
  .global(ENTRA_CONDITIONAL_ACCESS, [])
  .global(ENTRA_AUTHORIZATION_POLICY, {
    id: 'authorizationPolicy',
    allowInvitesFrom: 'everyone',
    guestUserRoleId: '10dae51f-b6af-4016-8d66-8c2a99b929b3',
    defaultUserRolePermissions: {
      allowedToCreateApps: true,
      allowedToCreateSecurityGroups: true,
      allowedToCreateTenants: true,
      permissionGrantPoliciesAssigned: [],
    },
  })
  .global(ENTRA_GLOBAL_ADMIN_ASSIGNMENTS, [
    { id: 'a1', principalId: 'u1', roleDefinitionId: ROLES.globalAdministrator, directoryScopeId: '/' },
  ])
  .global(ENTRA_ROLE_ASSIGNMENT_SCHEDULES, [])
  .global(ENTRA_GUEST_USERS, [])
  .global(ENTRA_APPLICATIONS, [
    {
      id: 'o1',
      appId: 'app-1',
      displayName: 'api',
      passwordCredentials: [{ keyId: 'k1', startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2028-01-01T00:00:00Z' }],
      keyCredentials: [{ keyId: 'c1', startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2027-01-01T00:00:00Z' }],
    },
  ])
  .global(ENTRA_DIRECTORY_SETTINGS, [])
  .build();

const mappings = allMappings();
const items = evaluate(snap, ALL_CHECKS, DEFAULT_PARAMS, controlsByCheck(mappings));
const azureChecks = ALL_CHECKS.filter((c) => c.meta.provider === 'azure');

describe('Azure evidence', () => {
  it('every Azure check reports, and no AWS check runs on an Azure snapshot', () => {
    expect(azureChecks.length).toBeGreaterThanOrEqual(24);
    expect([...new Set(items.map((i) => i.checkId))].sort()).toEqual(azureChecks.map((c) => c.meta.id).sort());
  });

  it('nothing is an error when every key the checks require was collected', () => {
    expect(items.filter((i) => i.status === 'error').map((i) => `${i.checkId}: ${i.message}`)).toEqual([]);
  });

  it('resource refs follow the Azure conventions', () => {
    for (const i of items) {
      expect(i.resource.provider).toBe('azure');
      expect(i.resource.account).toBe(SUBSCRIPTION);
      expect([LOCATION, 'global']).toContain(i.resource.region);
      expect(i.resource.id).toBe(i.resource.arn!.toLowerCase());
      expect(i.resource.type).toMatch(/^Microsoft\.[A-Za-z]+\/[A-Za-z]+/);
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('a location in display form ("West Europe") gives the same region, and so the same evidence id', () => {
    const display = azureSnapshot()
      .global(AZURE_STORAGE_ACCOUNTS, [{ ...sa, location: 'West Europe' }])
      .build();
    const canonical = azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [sa]).build();
    const secure = azureChecks.filter((c) => c.meta.id === 'azure.storage.secure-transfer');
    const [a] = evaluate(display, secure, DEFAULT_PARAMS, controlsByCheck(mappings));
    const [b] = evaluate(canonical, secure, DEFAULT_PARAMS, controlsByCheck(mappings));
    expect(a!.resource.region).toBe('westeurope');
    expect(a!.id).toBe(b!.id);
  });

  it('carries the mapped controls and meets the result schema', () => {
    for (const i of items) expect(i.controls['iso27001:2022']?.length, i.checkId).toBeGreaterThan(0);
    const doc = buildResult({
      snapshots: [snap],
      items,
      mappings,
      checkIds: azureChecks.map((c) => c.meta.id).sort(),
      params: DEFAULT_PARAMS,
      source: 'snapshot',
      evaluatedAt: snap.finishedAt,
    });
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.run.accounts[0]).toMatchObject({ provider: 'azure', account: SUBSCRIPTION, partition: 'AzureCloud' });
  });

  it('judges this subscription as built: a spot check of verdicts', () => {
    const verdict = (id: string) => items.filter((i) => i.checkId === id).map((i) => i.status);
    expect(verdict('azure.network.nsg-no-admin-ports-open')).toEqual(['fail']);
    expect(verdict('azure.network.nsg-flow-logs-enabled')).toEqual(['pass']);
    expect(verdict('azure.resources.critical-group-locked')).toEqual(['pass']);
    expect(verdict('azure.resources.owner-tag-present')).toEqual(['pass', 'pass']);
    expect(verdict('azure.keyvault.secret-expiry-set')).toEqual(['fail']);
    expect(verdict('azure.security.defender-plans-enabled')).toEqual(['fail', 'fail', 'fail', 'fail']);
  });
});

describe('Azure case tables', () => {
  const services = fromRoot('src', 'providers', 'azure', 'services');
  const files = readdirSync(services, { withFileTypes: true }).flatMap((d) => {
    const checks = join(services, d.name, 'checks');
    return d.isDirectory() && existsSync(checks)
      ? readdirSync(checks)
          .filter((f) => f.endsWith('.cases.ts'))
          .map((f) => join(checks, f))
      : [];
  });

  it('never give two findings of one case the same evidence id', async () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    for (const file of files) {
      const { table } = (await import(file)) as { table: CheckCases };
      for (const c of table.cases) {
        const ids = run(table.check, c.snapshot, c.params).map((f) =>
          evidenceId(table.check.meta.id, f.resource.account, f.resource.region, f.resource.id),
        );
        expect(new Set(ids).size, `${table.check.meta.id}: ${c.name}`).toBe(ids.length);
      }
    }
  });
});

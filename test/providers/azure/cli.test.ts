import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIPTION } from '../../../demo/azure/ids.js';
import { demoAzureRoutes } from '../../../demo/azure/index.js';
import { AZURE_TRANSPORT, type AzureTestIO } from '../../../src/cli/azure.js';
import { main } from '../../../src/cli.js';
import { loadSnapshots } from '../../../src/inventory/snapshot-file.js';
import type { ResultFile } from '../../../src/model/result.js';
import { AZURE_COLLECTORS } from '../../../src/providers/azure/collectors.js';
import { type ReplayClient, replayClient } from '../../../src/providers/azure/replay.js';
import { requiredAzureActions, requiredGraphPermissions } from '../../../src/providers/azure/role.js';
import { schemaErrors } from '../../support/cli.js';
import { fromFile } from '../../support/result.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** `main()` in a temp dir, with ARM answered by the replay client. */
async function annexa(
  args: string[],
  http: ReplayClient = replayClient(demoAzureRoutes()),
  env: NodeJS.ProcessEnv = { CI: 'true', AZURE_ACCESS_TOKEN: 'ey.test.token', AZURE_GRAPH_ACCESS_TOKEN: 'ey.graph.token' },
) {
  const cwd = mkdtempSync(join(tmpdir(), 'annexa-azure-cli-'));
  dirs.push(cwd);
  let stdout = '';
  let stderr = '';
  const io: AzureTestIO = {
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (t) => (stderr += `${t}\n`),
    progress: () => undefined,
    isTTY: false,
    env,
    cwd,
    [AZURE_TRANSPORT]: http,
  };
  const code = await main(args, io);
  return { code, stdout, stderr, cwd, http };
}

describe('annexa scan azure', () => {
  it('--subscriptions all scans every subscription end to end into a schema-valid result', async () => {
    const r = await annexa(['scan', 'azure', '--subscriptions', 'all', '--save-snapshot', 'azure.json', '--fail-on', 'critical']);
    expect(r.stderr).toBe('');
    // Failing items but nothing critical; some keys are denied in the demo, so the run is incomplete.
    expect(r.code).toBe(3);
    const doc = fromFile(JSON.parse(readFileSync(join(r.cwd, 'annexa-out', 'annexa-result.json'), 'utf8')) as ResultFile);
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.run.accounts.map((a) => [a.provider, a.account, a.partition])).toEqual([['azure', DEMO_SUBSCRIPTION, 'AzureCloud']]);
    expect(doc.items.every((i) => i.resource.provider === 'azure')).toBe(true);
    expect(new Set(doc.items.map((i) => i.status))).toEqual(new Set(['pass', 'fail', 'error', 'not_applicable']));
    expect(doc.run.errorsByApi).toEqual([
      // The demo scanner was not granted AuditLog.Read.All, so guest sign-ins are unreadable.
      expect.objectContaining({ api: 'graph:GET /users', kind: 'denied', action: 'User.Read.All, AuditLog.Read.All' }),
      expect.objectContaining({ api: 'Microsoft.Security/securityContacts:list', kind: 'denied' }),
      expect.objectContaining({ api: 'Microsoft.Storage/storageAccounts/blobServices:get', kind: 'denied' }),
    ]);
    expect(r.stdout).toContain('annexa-out/annexa-result.json');
    expect(loadSnapshots(join(r.cwd, 'azure.json')).map((s) => s.provider)).toEqual(['azure']);
    expect(r.http.unmatched).toEqual([]);
    // Each API once per subscription, except pages.
    const calls = doc.run.accounts[0]!.apiCalls;
    expect(Object.values(calls).every((c) => c.calls >= 1)).toBe(true);
    expect(calls['Microsoft.Storage/storageAccounts:list']?.calls).toBe(2);
    expect(calls['Microsoft.Security/pricings:list']?.calls).toBe(1);
  });

  it('--shard gives each subscription to one shard, and only that shard reads it', async () => {
    const runs = [];
    for (const k of [1, 2])
      runs.push(await annexa(['scan', 'azure', '--subscriptions', 'all', '--shard', `${k}/2`, '--fail-on', 'none', '--allow-incomplete']));
    const reading = runs.map(
      (r) => r.http.requests.filter((q) => q.toLowerCase().startsWith(`get /subscriptions/${DEMO_SUBSCRIPTION}/`)).length,
    );
    expect(reading.filter((n) => n > 0)).toHaveLength(1);
    const docs = runs.map((r) => fromFile(JSON.parse(readFileSync(join(r.cwd, 'annexa-out', 'annexa-result.json'), 'utf8')) as ResultFile));
    const owner = reading.findIndex((n) => n > 0);
    expect(docs[owner]!.run.accounts.map((a) => a.account)).toEqual([DEMO_SUBSCRIPTION]);
    expect(docs[owner]!.items.length).toBeGreaterThan(0);
    expect(docs[1 - owner]!.run.accounts).toEqual([]);
    expect(docs[1 - owner]!.items).toEqual([]);
    expect(docs.every((d) => schemaErrors(d).length === 0)).toBe(true);
  });

  it('bad Azure flags are one line naming the flag (exit 2), before any call', async () => {
    const http = replayClient({});
    const cases: [string[], RegExp][] = [
      [['scan', 'azure', '--azure-cloud', 'Mars'], /^annexa: --azure-cloud: "Mars" is not a known cloud/],
      [['scan', 'azure', '--arm-endpoint', 'http://arm.local'], /^annexa: --arm-endpoint: .*https/],
      [['scan', 'azure', '--subscriptions', 'prod'], /^annexa: --subscriptions: "prod" is not a subscription id/],
      [['scan', 'azure', '--subscriptions', 'all', '--management-group', 'mg'], /^annexa: --management-group: give either/],
      [['scan', 'azure', '--regions', 'eu-west-1'], /^annexa: --regions: applies to AWS scans only/],
      [['scan', 'aws', '--tenant', 'contoso'], /^annexa: --tenant: applies to Azure scans only/],
    ];
    for (const [args, message] of cases) {
      const r = await annexa(args, http);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.stderr).toMatch(message);
    }
    expect(http.requests).toEqual([]);
  });

  it('reads Azure from a saved snapshot set by provider', async () => {
    const r = await annexa([
      'scan',
      'azure',
      '--snapshot',
      join(process.cwd(), 'demo', 'demo-snapshot.json'),
      '--fail-on',
      'none',
      '--allow-incomplete',
      '-q',
    ]);
    expect(r.code).toBe(0);
    const doc = fromFile(JSON.parse(readFileSync(join(r.cwd, 'annexa-out', 'annexa-result.json'), 'utf8')) as ResultFile);
    expect(doc.run.accounts.map((a) => a.provider)).toEqual(['azure']);
  });
});

describe('annexa azure-role', () => {
  it('prints a custom role with exactly the actions the collectors and discovery declare', async () => {
    const r = await annexa(['azure-role', '--scope', `/subscriptions/${DEMO_SUBSCRIPTION}`]);
    expect(r.code).toBe(0);
    const role = JSON.parse(r.stdout) as { Actions: string[]; DataActions: string[]; AssignableScopes: string[]; IsCustom: boolean };
    expect(role.IsCustom).toBe(true);
    expect(role.Actions).toEqual(requiredAzureActions());
    expect(role.Actions.every((a) => a.endsWith('/read'))).toBe(true);
    expect(role.Actions).toContain('Microsoft.Storage/storageAccounts/blobServices/read');
    expect(role.DataActions).toEqual([]);
    expect(role.AssignableScopes).toEqual([`/subscriptions/${DEMO_SUBSCRIPTION}`]);
  });

  it('--graph prints the Graph application permissions the Entra collectors declare, one a line', async () => {
    const r = await annexa(['azure-role', '--graph']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(requiredGraphPermissions());
    expect(requiredGraphPermissions().every((p) => /\.Read(\.|$)/.test(p))).toBe(true);
  });

  it('rejects a plain-http Graph endpoint, and Graph flags on AWS scans', async () => {
    const bad = await annexa(['scan', 'azure', '--graph-endpoint', 'http://graph.local']);
    expect([bad.code, bad.stderr.trim()]).toEqual([2, 'annexa: --graph-endpoint: "http://graph.local" must be an https:// URL']);
    const aws = await annexa(['scan', 'aws', '--graph-endpoint', 'https://graph.microsoft.us']);
    expect([aws.code, aws.stderr.trim()]).toEqual([2, 'annexa: --graph-endpoint: applies to Azure scans only (`annexa scan azure`)']);
  });

  it('with only AZURE_ACCESS_TOKEN the Entra items are errors naming AZURE_GRAPH_ACCESS_TOKEN; the ARM scan goes on', async () => {
    const r = await annexa(['scan', 'azure', '--fail-on', 'none', '--allow-incomplete', '-q', '--checks', 'azure.entra.*'], undefined, {
      CI: 'true',
      AZURE_ACCESS_TOKEN: 'ey.test.token',
    });
    expect(r.code).toBe(0);
    const doc = fromFile(JSON.parse(readFileSync(join(r.cwd, 'annexa-out', 'annexa-result.json'), 'utf8')) as ResultFile);
    expect(doc.items.length).toBeGreaterThan(0);
    expect(
      doc.items.every((i) => i.status === 'error' && i.error?.kind === 'denied' && i.error.message.includes('AZURE_GRAPH_ACCESS_TOKEN')),
    ).toBe(true);
  });

  it('rejects a scope that is not one', async () => {
    const r = await annexa(['azure-role', '--scope', 'prod']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^annexa: --scope: "prod"/);
  });

  it('covers every action a full scan of the demo used', async () => {
    const r = await annexa(['scan', 'azure', '--fail-on', 'none', '--allow-incomplete', '-q']);
    const doc = fromFile(JSON.parse(readFileSync(join(r.cwd, 'annexa-out', 'annexa-result.json'), 'utf8')) as ResultFile);
    const calls = Object.keys(doc.run.accounts[0]!.apiCalls);
    // ARM calls read as RBAC actions; Graph calls are granted as Graph permissions, listed apart.
    const used = calls.filter((api) => !api.startsWith('graph:')).map((api) => api.replace(/:(list|get)$/, '/read'));
    expect(used.filter((a) => !requiredAzureActions().includes(a))).toEqual([]);
    const graphApis = new Set(AZURE_COLLECTORS.filter((c) => c.service === 'graph').flatMap((c) => c.apis.map((a) => a.api)));
    expect(calls.filter((api) => api.startsWith('graph:') && !graphApis.has(api))).toEqual([]);
    expect(requiredGraphPermissions()).toEqual([
      'Application.Read.All',
      'AuditLog.Read.All',
      'Directory.Read.All',
      'Organization.Read.All',
      'Policy.Read.All',
      'RoleManagement.Read.Directory',
      'User.Read.All',
    ]);
    expect(requiredAzureActions().filter((a) => !a.startsWith('Microsoft.'))).toEqual([]);
  });
});

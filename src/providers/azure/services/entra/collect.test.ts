/**
 * The Entra collectors through the Graph client's own pipeline (core-client, bearer policy,
 * retry policy, our counting and wire capture) over a replay HttpClient.
 */
import type { AccessToken, GetTokenOptions } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { resultOf, SUB, SUB2, scanWith, valueIn } from '../../../../../test/providers/azure/harness.js';
import { graphDenied, graphPages, graphRoute, graphUnlicensed, type ReplayRoutes, sequence, throttled } from '../../replay.js';
import {
  ENTRA_APPLICATIONS,
  ENTRA_CONDITIONAL_ACCESS,
  ENTRA_DIRECTORY_SETTINGS,
  ENTRA_GUEST_USERS,
  ENTRA_ORGANIZATION,
  ENTRA_ROLE_ASSIGNMENT_SCHEDULES,
  SETTING_TEMPLATES,
} from './state.js';

const policy = (id: string) => ({
  id,
  displayName: `Policy ${id}`,
  state: 'enabled',
  createdDateTime: '2026-01-01T00:00:00Z',
  sessionControls: { signInFrequency: { value: 4 } },
  conditions: { users: { includeUsers: ['All'] }, applications: { includeApplications: ['All'] }, clientAppTypes: ['all'] },
  grantControls: { operator: 'OR', builtInControls: ['mfa'], customAuthenticationFactors: [] },
});

describe('Entra collectors (Microsoft Graph)', () => {
  it('follows @odata.nextLink, keeps only allowlisted fields (no secret text, hint, key or banned words), once per key', async () => {
    const { snapshots, http } = await scanWith(
      {
        [graphRoute('/identity/conditionalAccess/policies')]: graphPages([policy('p1')], [policy('p2')], [policy('p3')]),
        [graphRoute('/applications')]: graphPages([
          {
            id: 'o1',
            appId: 'a1',
            displayName: 'api',
            passwordCredentials: [
              {
                keyId: 'k1',
                hint: 'Xy7',
                secretText: 'Xy7~very-secret',
                customKeyIdentifier: 'abc',
                startDateTime: '2026-01-01T00:00:00Z',
                endDateTime: '2027-01-01T00:00:00Z',
              },
            ],
            keyCredentials: [
              { keyId: 'c1', key: 'MIIC-private', type: 'AsymmetricX509Cert', usage: 'Verify', endDateTime: '2027-01-01T00:00:00Z' },
            ],
          },
        ]),
        [graphRoute('/groupSettings')]: graphPages([
          {
            id: 's1',
            templateId: SETTING_TEMPLATES.passwordRules,
            values: [
              { name: 'BannedPasswordList', value: 'acme\tcontoso\twidget' },
              { name: 'EnableBannedPasswordCheck', value: 'True' },
              { name: 'SomethingElse', value: 'x' },
            ],
          },
        ]),
      },
      [ENTRA_CONDITIONAL_ACCESS, ENTRA_APPLICATIONS, ENTRA_DIRECTORY_SETTINGS],
    );
    const s = snapshots[0]!;
    expect(valueIn(s, ENTRA_CONDITIONAL_ACCESS).map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(valueIn(s, ENTRA_CONDITIONAL_ACCESS)[0]).toEqual({
      id: 'p1',
      displayName: 'Policy p1',
      state: 'enabled',
      conditions: { users: { includeUsers: ['All'] }, applications: { includeApplications: ['All'] }, clientAppTypes: ['all'] },
      grantControls: { operator: 'OR', builtInControls: ['mfa'] },
    });
    expect(valueIn(s, ENTRA_APPLICATIONS)).toEqual([
      {
        id: 'o1',
        appId: 'a1',
        displayName: 'api',
        passwordCredentials: [{ keyId: 'k1', startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2027-01-01T00:00:00Z' }],
        keyCredentials: [{ keyId: 'c1', type: 'AsymmetricX509Cert', usage: 'Verify', endDateTime: '2027-01-01T00:00:00Z' }],
      },
    ]);
    expect(valueIn(s, ENTRA_DIRECTORY_SETTINGS)[0]!.values).toEqual({ bannedPasswordCount: '3', EnableBannedPasswordCheck: 'True' });
    const json = JSON.stringify(s);
    for (const secret of ['Xy7', 'MIIC', 'acme', 'widget']) expect(json).not.toContain(secret);
    expect(s.apiCalls['graph:GET /identity/conditionalAccess/policies']?.calls).toBe(3);
    expect(http.requests.filter((r) => r.startsWith('GET /v1.0/')).sort()).toEqual([
      'GET /v1.0/applications',
      'GET /v1.0/groupSettings',
      'GET /v1.0/identity/conditionalAccess/policies',
      'GET /v1.0/identity/conditionalAccess/policies',
      'GET /v1.0/identity/conditionalAccess/policies',
    ]);
    expect(http.unmatched).toEqual([]);
  });

  it('a 403 is denied, naming the Graph permission to grant', async () => {
    const { snapshots } = await scanWith({ [graphRoute('/identity/conditionalAccess/policies')]: graphDenied() }, [
      ENTRA_CONDITIONAL_ACCESS,
    ]);
    expect(resultOf(snapshots[0]!, ENTRA_CONDITIONAL_ACCESS)).toEqual({
      ok: false,
      error: {
        kind: 'denied',
        api: 'graph:GET /identity/conditionalAccess/policies',
        action: 'Policy.Read.All',
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
      },
    });
  });

  it('a licence-gated 403 is unsupported with Graph’s reason, never a pass', async () => {
    const { snapshots } = await scanWith(
      {
        [graphRoute('/users')]: graphUnlicensed(),
        [graphRoute('/roleManagement/directory/roleAssignmentSchedules')]: {
          status: 403,
          body: {
            error: { code: 'Authorization_RequestDenied', message: 'The tenant needs an AAD Premium 2 license. A P2 license is required.' },
          },
        },
      },
      [ENTRA_GUEST_USERS, ENTRA_ROLE_ASSIGNMENT_SCHEDULES],
    );
    const guests = resultOf(snapshots[0]!, ENTRA_GUEST_USERS);
    expect(guests.ok).toBe(false);
    expect(!guests.ok && guests.error).toMatchObject({
      kind: 'unsupported',
      api: 'graph:GET /users',
      action: 'User.Read.All, AuditLog.Read.All',
      code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      message: expect.stringContaining('premium license'),
    });
    const pim = resultOf(snapshots[0]!, ENTRA_ROLE_ASSIGNMENT_SCHEDULES);
    expect(!pim.ok && pim.error.kind).toBe('unsupported');
  });

  it('a 429 is retried after its Retry-After, cut to the upper bound', async () => {
    const { snapshots } = await scanWith(
      { [graphRoute('/organization')]: sequence(throttled(3600), { body: { value: [{ id: 't1', displayName: 'Contoso' }] } }) },
      [ENTRA_ORGANIZATION],
      { retryOptions: { retryDelayInMs: 1, maxRetryDelayInMs: 1, maxRetryAfterInMs: 5 } },
    );
    expect(valueIn(snapshots[0]!, ENTRA_ORGANIZATION)).toEqual([{ id: 't1', displayName: 'Contoso' }]);
    expect(snapshots[0]!.apiCalls['graph:GET /organization']).toMatchObject({
      calls: 1,
      attempts: 2,
      throttles: 1,
      errors: 0,
      retryDelayMs: 5,
    });
  });

  it('a 429 that outlasts the retries is throttled', async () => {
    const { snapshots } = await scanWith({ [graphRoute('/organization')]: throttled(0) }, [ENTRA_ORGANIZATION], {
      retryOptions: { maxRetries: 1, retryDelayInMs: 1, maxRetryDelayInMs: 1 },
    });
    const r = resultOf(snapshots[0]!, ENTRA_ORGANIZATION);
    expect(!r.ok && r.error).toMatchObject({ kind: 'throttled', api: 'graph:GET /organization', action: 'Organization.Read.All' });
  });

  it('reads the tenant once, into the first subscription, at the Graph endpoint with a Graph-scoped token', async () => {
    const scopes: string[] = [];
    const graphCredential = {
      getToken: async (scope: string | string[], _o?: GetTokenOptions): Promise<AccessToken> => {
        scopes.push(...[scope].flat());
        return { token: 'graph-token', expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    const hosts: string[] = [];
    const routes: ReplayRoutes = {
      [graphRoute('/organization')]: (req) => {
        hosts.push(new URL(req.url).host);
        return { body: { value: [{ id: 't1' }] } };
      },
    };
    const { snapshots, http } = await scanWith(routes, [ENTRA_ORGANIZATION], { subscriptions: [SUB2, SUB], graphCredential });
    expect(snapshots.map((s) => [s.account.id, Object.keys(s.inventory)])).toEqual([
      [SUB, ['azure.entra.organization']],
      [SUB2, []],
    ]);
    expect(http.requests.filter((r) => r.includes('/v1.0/'))).toEqual(['GET /v1.0/organization']);
    expect(hosts).toEqual(['graph.microsoft.com']);
    expect([...new Set(scopes)]).toEqual(['https://graph.microsoft.com/.default']);
  });

  it('without a Graph token (only AZURE_ACCESS_TOKEN) every Entra key is denied, saying which variable to set', async () => {
    const { azureGraphCredential, resolveCloud, staticTokenCredential } = await import('../../credentials.js');
    const arm = staticTokenCredential('arm-token');
    const graphCredential = azureGraphCredential({ cloud: resolveCloud(undefined), env: { AZURE_ACCESS_TOKEN: 'arm-token' } }, arm);
    const { snapshots } = await scanWith({}, [ENTRA_ORGANIZATION], { graphCredential });
    const r = resultOf(snapshots[0]!, ENTRA_ORGANIZATION);
    expect(!r.ok && r.error).toMatchObject({
      kind: 'denied',
      action: 'Organization.Read.All',
      message: expect.stringContaining('AZURE_GRAPH_ACCESS_TOKEN'),
    });
  });
});

import {
  type Account,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListChildrenCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/nested-clients/sts';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { orgScanOptions } from '../../../src/cli/org-options.js';
import { evaluateAll } from '../../../src/engine/evaluate.js';
import { allMappings } from '../../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../../src/engine/registry.js';
import { controlsByCheck } from '../../../src/mapping/coverage.js';
import { DEFAULT_PARAMS } from '../../../src/model/params.js';
import { buildResult } from '../../../src/output/result.js';
import { renderSummary } from '../../../src/output/summary.js';
import { collectAwsOrg, type OrgScanOptions } from '../../../src/providers/aws/org.js';
import { listOrgAccounts } from '../../../src/providers/aws/org-accounts.js';
import { LOGS_LOG_GROUPS } from '../../../src/providers/aws/services/logs/state.js';
import { S3_BUCKETS } from '../../../src/providers/aws/services/s3/state.js';
import { awsError, type FakeHandlers, fakeService, needs } from '../../support/aws.js';
import { cli } from '../../support/cli.js';

const org = mockClient(OrganizationsClient);
const sts = mockClient(STSClient);
afterEach(() => {
  org.reset();
  sts.reset();
  vi.useRealTimers();
});

const MGMT = '111111111111';
function member(id: string, state: Account['State'] = 'ACTIVE'): Account {
  return { Id: id, Name: `acct-${id.slice(0, 3)}`, Arn: `arn:aws:organizations::${MGMT}:account/o-abc123/${id}`, State: state };
}

function assumeRoleAnswers(): { roles: string[]; times: number[] } {
  const seen = { roles: [] as string[], times: [] as number[] };
  sts.on(AssumeRoleCommand).callsFake((input: { RoleArn: string }) => {
    seen.roles.push(input.RoleArn);
    seen.times.push(Date.now());
    return {
      Credentials: { AccessKeyId: 'ASIATEST', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 15 * 60_000) },
    };
  });
  return seen;
}

const bucketHandlers: FakeHandlers = {
  // The scanning identity: a user in the management account.
  'sts:GetCallerIdentity': () => ({ Account: MGMT, Arn: `arn:aws:iam::${MGMT}:user/ci` }),
  ListBuckets: () => ({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] }),
};

function orgOptions(extra: Partial<OrgScanOptions> = {}): OrgScanOptions {
  return {
    credentials: { accessKeyId: 'AKIDMGMT', secretAccessKey: 'm' },
    homeRegion: 'us-east-1',
    regions: ['us-east-1'],
    configure: fakeService(bucketHandlers),
    extraConfig: { retryStrategy: new ConfiguredRetryStrategy(2, 1) },
    ...extra,
  };
}

describe('listOrgAccounts', () => {
  it('follows ListAccounts pages and keeps only ACTIVE accounts', async () => {
    org
      .on(ListAccountsCommand)
      .resolvesOnce({ Accounts: [member('222222222222'), member('333333333333', 'SUSPENDED')], NextToken: 'p2' })
      .resolvesOnce({ Accounts: [member('444444444444'), { ...member('555555555555'), State: undefined, Status: 'ACTIVE' }] });
    const client = new OrganizationsClient({ region: 'us-east-1' });
    const out = await listOrgAccounts(client);
    expect(out.accounts.map((a) => a.id)).toEqual(['222222222222', '444444444444', '555555555555']);
    expect(out.inactive).toEqual(['333333333333']);
    expect(out.accounts[0]).toEqual({ id: '222222222222', name: 'acct-222', partition: 'aws' });
    const calls = org.commandCalls(ListAccountsCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.args[0].input).toMatchObject({ NextToken: 'p2' });
  });

  it('walks the chosen OUs and their sub-OUs only, then applies include and exclude', async () => {
    // ou-a holds two accounts and ou-b; ou-b's accounts come in two pages. The root's other OUs are never read.
    const accountsOf: Record<string, Array<{ Accounts: Account[]; NextToken?: string }>> = {
      'ou-ab12-aaaaaaaa': [{ Accounts: [member('222222222222'), member('333333333333')] }],
      'ou-ab12-bbbbbbbb': [{ Accounts: [member('444444444444')], NextToken: 'n' }, { Accounts: [member('666666666666')] }],
    };
    org
      .on(ListAccountsForParentCommand)
      .callsFake((i: { ParentId: string; NextToken?: string }) => accountsOf[i.ParentId]![i.NextToken ? 1 : 0]);
    org.on(ListChildrenCommand).callsFake((i: { ParentId: string }) => ({
      Children: i.ParentId === 'ou-ab12-aaaaaaaa' ? [{ Id: 'ou-ab12-bbbbbbbb', Type: 'ORGANIZATIONAL_UNIT' }] : [],
    }));
    const client = new OrganizationsClient({ region: 'us-east-1' });

    const all = await listOrgAccounts(client, { ous: ['ou-ab12-aaaaaaaa'] });
    expect(all.accounts.map((a) => a.id)).toEqual(['222222222222', '333333333333', '444444444444', '666666666666']);
    expect(org.commandCalls(ListAccountsCommand)).toHaveLength(0);

    const some = await listOrgAccounts(client, {
      ous: ['ou-ab12-aaaaaaaa'],
      include: ['222222222222', '444444444444', '999999999999'],
      exclude: ['444444444444'],
    });
    expect(some.accounts.map((a) => a.id)).toEqual(['222222222222']);
    expect(some.missing).toEqual(['999999999999']);
  });
});

describe('collectAwsOrg', () => {
  beforeAll(async () => {
    // Load the SDK modules the scan imports lazily, so fake timers below see only the scan's own timers.
    await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/client-cloudwatch-logs'), import('@aws-sdk/credential-providers')]);
  });

  it('scans the accounts it can enter and isolates the one whose role is denied', async () => {
    org.on(ListAccountsCommand).resolves({ Accounts: [member('222222222222'), member('333333333333'), member('444444444444')] });
    const seen = assumeRoleAnswers();
    sts
      .on(AssumeRoleCommand, { RoleArn: 'arn:aws:iam::333333333333:role/AuditRole' })
      .rejects(awsError('AccessDenied', 403, 'User: arn:aws:iam::111111111111:user/ci is not authorized to perform: sts:AssumeRole'));

    const progress: number[] = [];
    const snaps = await collectAwsOrg(
      [needs(S3_BUCKETS)],
      orgOptions({ roleName: 'AuditRole', externalId: 'ext-1', accountConcurrency: 2, progress: (p) => progress.push(p.calls) }),
    );
    // One progress line for the run: calls summed over the accounts scanned.
    expect(progress.at(-1)).toBe(2);

    expect(snaps.map((s) => s.account.id)).toEqual(['222222222222', '333333333333', '444444444444']);
    const [ok1, denied, ok2] = snaps;
    for (const s of [ok1!, ok2!]) {
      expect(s.inventory[S3_BUCKETS.id]!.global!.result).toMatchObject({ ok: true, value: [{ name: 'b1' }] });
      expect(s.apiCalls['s3:ListBuckets']!.calls).toBe(1);
    }
    expect(denied!.inventory[S3_BUCKETS.id]!.global!.result).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'sts:AssumeRole', action: 'sts:AssumeRole', code: 'AccessDenied' },
    });
    expect(denied!.notes[0]).toMatch(/sts:AssumeRole access denied.*arn:aws:iam::333333333333:role\/AuditRole/);
    expect(denied!.account.alias).toBe('acct-333');

    const inputs = sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input);
    expect(inputs).toHaveLength(3);
    for (const i of inputs) expect(i).toMatchObject({ RoleSessionName: 'annexa', ExternalId: 'ext-1' });
    expect([...seen.roles].sort()).toEqual(['arn:aws:iam::222222222222:role/AuditRole', 'arn:aws:iam::444444444444:role/AuditRole']);
  });

  it('reads the scanning account itself with its own credentials, without AssumeRole', async () => {
    org.on(ListAccountsCommand).resolves({ Accounts: [member(MGMT), member('222222222222')] });
    const seen = assumeRoleAnswers();
    const snaps = await collectAwsOrg([needs(S3_BUCKETS)], orgOptions());
    expect(snaps.map((s) => [s.account.id, s.inventory[S3_BUCKETS.id]!.global!.result.ok])).toEqual([
      [MGMT, true],
      ['222222222222', true],
    ]);
    expect(seen.roles).toEqual(['arn:aws:iam::222222222222:role/OrganizationAccountAccessRole']);
    // The identity check is counted with the account it identifies (ListAccounts is too, but the mock bypasses middleware).
    expect(Object.keys(snaps[0]!.apiCalls).sort()).toEqual(['s3:ListBuckets', 'sts:GetCallerIdentity']);
  });

  it('gives an unreachable account one error per check, naming sts:AssumeRole, and the summary groups by account', async () => {
    org.on(ListAccountsCommand).resolves({ Accounts: [member('222222222222'), member('333333333333')] });
    assumeRoleAnswers();
    sts
      .on(AssumeRoleCommand, { RoleArn: 'arn:aws:iam::333333333333:role/OrganizationAccountAccessRole' })
      .rejects(awsError('AccessDenied', 403));
    const checks = ALL_CHECKS.filter((c) => c.meta.id === 'aws.s3.bucket-versioning-enabled' || c.meta.id === 'aws.iam.root-mfa-enabled');
    const snaps = await collectAwsOrg(
      checks,
      orgOptions({
        configure: fakeService({
          ...bucketHandlers,
          GetBucketVersioning: () => ({ Status: 'Enabled' }),
          GetAccountSummary: () => ({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 } }),
        }),
      }),
    );
    const mappings = allMappings();
    const items = evaluateAll(snaps, checks, DEFAULT_PARAMS, controlsByCheck(mappings));
    const denied = items.filter((i) => i.resource.account === '333333333333');
    expect(denied.map((i) => i.checkId).sort()).toEqual(checks.map((c) => c.meta.id).sort());
    for (const i of denied) expect(i).toMatchObject({ status: 'error', error: { api: 'sts:AssumeRole', kind: 'denied' } });
    expect(items.filter((i) => i.resource.account === '222222222222').every((i) => i.status === 'pass')).toBe(true);

    const result = buildResult({
      snapshots: snaps,
      items,
      mappings,
      checkIds: checks.map((c) => c.meta.id).sort(),
      params: DEFAULT_PARAMS,
      source: 'live',
    });
    expect(result.run.accounts.map((a) => [a.account, a.complete])).toEqual([
      ['222222222222', true],
      ['333333333333', false],
    ]);
    expect(result.run.errorsByApi).toHaveLength(1);
    expect(result.run.errorsByApi[0]).toMatchObject({ api: 'sts:AssumeRole', accounts: ['333333333333'], items: 2 });
    const text = renderSummary(result);
    expect(text).toContain('2 AWS accounts');
    expect(text).toMatch(/AWS account 222222222222 \(acct-222\): 2 items, 0 error\(s\)\n/);
    expect(text).toMatch(/AWS account 333333333333 \(acct-333\): 2 items, 2 error\(s\) — incomplete/);
    expect(text).toContain('sts:AssumeRole access denied; grant sts:AssumeRole');
  });

  it('every check reports error for an unreachable account, once per check', async () => {
    org.on(ListAccountsCommand).resolves({ Accounts: [member('333333333333')] });
    sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', 403));
    const snaps = await collectAwsOrg(ALL_CHECKS, orgOptions({ regions: ['eu-west-1', 'us-east-1'] }));
    const items = evaluateAll(snaps, ALL_CHECKS, DEFAULT_PARAMS, new Map());
    const perCheck = new Map<string, number>();
    for (const i of items) perCheck.set(i.checkId, (perCheck.get(i.checkId) ?? 0) + 1);
    expect([...perCheck.keys()].sort()).toEqual(
      ALL_CHECKS.filter((c) => c.meta.provider === 'aws')
        .map((c) => c.meta.id)
        .sort(),
    );
    // One item per check, except where a check judges two scopes (Config: the region and global resource recording;
    // API Gateway: REST and HTTP/WebSocket stages; WAF: REGIONAL and CLOUDFRONT web ACLs).
    expect([...perCheck.entries()].filter(([, n]) => n !== 1)).toEqual([
      ['aws.apigateway.stage-logging-enabled', 2],
      ['aws.config.recorder-enabled', 2],
      ['aws.wafv2.web-acl-has-rules', 2],
      ['aws.wafv2.web-acl-logging-enabled', 2],
    ]);
    expect(items.every((i) => i.status === 'error' && i.error?.api === 'sts:AssumeRole')).toBe(true);
  });

  it('lets the SDK refresh assumed-role credentials before they expire during a long scan', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T00:00:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    org.on(ListAccountsCommand).resolves({ Accounts: [member('222222222222')] });
    const seen = assumeRoleAnswers();
    const pages: Array<string | undefined> = [];
    // Four pages, four minutes apart: the scan outlives the first 15-minute session's refresh window.
    const handlers: FakeHandlers = {
      ...bucketHandlers,
      DescribeLogGroups: async (input) => {
        pages.push(input.nextToken as string | undefined);
        await new Promise((r) => setTimeout(r, 4 * 60_000));
        const n = Number(input.nextToken ?? 0);
        return {
          logGroups: [{ logGroupName: `g${n}`, arn: `arn:aws:logs:us-east-1:222222222222:log-group:g${n}:*` }],
          ...(n < 3 ? { nextToken: String(n + 1) } : {}),
        };
      },
    };
    let settled = false;
    const run = collectAwsOrg([needs(LOGS_LOG_GROUPS)], orgOptions({ configure: fakeService(handlers) })).finally(() => (settled = true));
    for (let i = 0; i < 2000 && !settled; i++) {
      await vi.advanceTimersByTimeAsync(5_000);
      await new Promise((r) => setImmediate(r));
    }
    const [snap] = await run;

    expect(snap!.inventory[LOGS_LOG_GROUPS.id]!['us-east-1']!.result).toMatchObject({
      ok: true,
      value: [{ name: 'g0' }, { name: 'g1' }, { name: 'g2' }, { name: 'g3' }],
    });
    expect(pages).toEqual([undefined, '1', '2', '3']);
    expect(seen.times).toHaveLength(2);
    const [first, second] = seen.times as [number, number];
    const firstExpiry = first + 15 * 60_000;
    // Refreshed by the SDK inside its five-minute window, before the first session ran out.
    expect(second).toBeLessThan(firstExpiry);
    expect(second).toBeGreaterThanOrEqual(firstExpiry - 5 * 60_000);
  });
});

describe('--org flags', () => {
  it('parses the filters, role and bound', () => {
    expect(
      orgScanOptions({
        org: true,
        ou: 'ou-ab12-cdef3456,r-ab12',
        accounts: '222222222222',
        excludeAccounts: '333333333333',
        roleName: 'audit/AnnexaAudit',
        externalId: 'x',
        accountConcurrency: '8',
      }),
    ).toEqual({
      ous: ['ou-ab12-cdef3456', 'r-ab12'],
      include: ['222222222222'],
      exclude: ['333333333333'],
      roleName: 'audit/AnnexaAudit',
      externalId: 'x',
      accountConcurrency: 8,
    });
    expect(orgScanOptions({})).toBeUndefined();
  });

  it.each([
    [{ org: true, ou: 'team-a' }, '--ou: "team-a" is not an OU or root id'],
    [{ org: true, accounts: '1234' }, '--accounts: "1234" is not a 12-digit account id'],
    [{ org: true, roleName: 'bad role' }, '--role-name: "bad role" is not an IAM role name'],
    [{ org: true, accountConcurrency: '0' }, '--account-concurrency: "0" is not a positive whole number'],
    [{ accounts: '222222222222' }, '--accounts: only applies with --org'],
  ])('refuses %j', (flags, message) => {
    expect(() => orgScanOptions(flags)).toThrow(message);
  });

  it('is a one-line input error on the command line', async () => {
    const r = await cli(['scan', 'aws', '--role-name', 'Audit']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('annexa: --role-name: only applies with --org');
  });
});

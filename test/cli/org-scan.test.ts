import { join } from 'node:path';
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetBucketVersioningCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AssumeRoleCommand, STSClient as NestedSTSClient } from '@aws-sdk/nested-clients/sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResultFile } from '../../src/model/result.js';
import { cli, readJson, schemaErrors } from '../support/cli.js';
import { fromFile } from '../support/result.js';

const org = mockClient(OrganizationsClient);
const sts = mockClient(STSClient);
const assume = mockClient(NestedSTSClient);
const s3 = mockClient(S3Client);

const MGMT = '111111111111';
const account = (id: string) => ({
  Id: id,
  Name: `acct-${id.slice(0, 3)}`,
  Arn: `arn:aws:organizations::${MGMT}:account/o-abc/${id}`,
  State: 'ACTIVE' as const,
});

beforeEach(() => {
  org.on(ListAccountsCommand).resolves({ Accounts: [account(MGMT), account('222222222222'), account('333333333333')] });
  sts.on(GetCallerIdentityCommand).resolves({ Account: MGMT, Arn: `arn:aws:iam::${MGMT}:user/ci` });
  assume.on(AssumeRoleCommand).callsFake((input: { RoleArn: string }) => {
    if (input.RoleArn.includes('333333333333'))
      throw Object.assign(new Error('not authorized to perform sts:AssumeRole'), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 },
      });
    return {
      Credentials: { AccessKeyId: 'ASIATEST', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3600_000) },
    };
  });
  s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'logs', BucketRegion: 'eu-west-1' }] });
  s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
});
afterEach(() => {
  for (const m of [org, sts, assume, s3]) m.reset();
});

describe('annexa scan aws --org', () => {
  it('scans every account, isolates the one whose role cannot be assumed, and reports per account', async () => {
    const r = await cli([
      'scan',
      'aws',
      '--org',
      '--role-name',
      'AnnexaAudit',
      '--regions',
      'eu-west-1',
      '--checks',
      'aws.s3.bucket-versioning-enabled',
      '--fail-on',
      'none',
    ]);
    // The unreachable account leaves the run incomplete: exit 3 unless --allow-incomplete.
    expect(r.code, r.stderr).toBe(3);
    const doc = fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile);
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.run.accounts.map((a) => [a.account, a.complete])).toEqual([
      [MGMT, true],
      ['222222222222', true],
      ['333333333333', false],
    ]);
    const byAccount = Object.fromEntries(doc.items.map((i) => [i.resource.account, i]));
    expect(byAccount[MGMT]!.status).toBe('pass');
    expect(byAccount['222222222222']!.status).toBe('pass');
    expect(byAccount['333333333333']).toMatchObject({ status: 'error', error: { api: 'sts:AssumeRole', kind: 'denied' } });
    expect(
      assume
        .commandCalls(AssumeRoleCommand)
        .map((c) => c.args[0].input.RoleArn)
        .sort(),
    ).toEqual(['arn:aws:iam::222222222222:role/AnnexaAudit', 'arn:aws:iam::333333333333:role/AnnexaAudit']);
    expect(r.stdout).toContain('3 AWS accounts');
    expect(r.stdout).toMatch(/AWS account 333333333333 \(acct-333\): 1 items, 1 error\(s\) — incomplete/);
  });

  it.each([
    ['AccessDeniedException', "You don't have permissions to access this resource.", /access denied/i],
    [
      'AWSOrganizationsNotInUseException',
      'Your account is not a member of an organization.',
      /AWSOrganizationsNotInUseException|not a member/,
    ],
  ])('is a one-line error, not a crash, when Organizations answers %s', async (name, message, detail) => {
    org.reset();
    org.on(ListAccountsCommand).rejects(Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: 400 } }));
    const r = await cli(['scan', 'aws', '--org', '--regions', 'eu-west-1', '--checks', 'aws.s3.bucket-versioning-enabled']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^annexa: --org: could not list the organisation's accounts: /);
    expect(lines[0]).toMatch(detail);
    expect(assume.commandCalls(AssumeRoleCommand)).toHaveLength(0);
  });

  it('refuses org-only flags without --org', async () => {
    const r = await cli(['scan', 'aws', '--role-name', 'AnnexaAudit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--role-name/);
  });
});

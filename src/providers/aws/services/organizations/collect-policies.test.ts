/** Collector tests for the organisation's SCPs and delegated administrators (management account only). */
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListDelegatedAdministratorsCommand,
  ListPoliciesCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import { ORGANIZATIONS_DELEGATED_ADMINS, ORGANIZATIONS_SCPS } from './state.js';

let orgs = mockClient(OrganizationsClient);
afterEach(() => orgs.reset());

const entry = (inv: Awaited<ReturnType<typeof collect>>['inventory'], key: string) => inv[key]!.global!.result;
const asManagement = () => orgs.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-1', MasterAccountId: ACCOUNT } });

describe('aws.organizations.serviceControlPolicies', () => {
  it('follows pages of policies and targets, and reads each document', async () => {
    asManagement();
    orgs
      .on(ListPoliciesCommand)
      .resolvesOnce({ Policies: [{ Id: 'p-b', Name: 'b', AwsManaged: false }], NextToken: 'n1' })
      .resolvesOnce({ Policies: [{ Id: 'p-a', Name: 'a', AwsManaged: true }] });
    orgs
      .on(DescribePolicyCommand, { PolicyId: 'p-a' })
      .resolves({ Policy: { Content: '{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}' } });
    orgs
      .on(DescribePolicyCommand, { PolicyId: 'p-b' })
      .resolves({ Policy: { Content: '{"Statement":[{"Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}' } });
    orgs.on(ListTargetsForPolicyCommand, { PolicyId: 'p-a' }).resolves({ Targets: [{ TargetId: 'r-1', Type: 'ROOT', Name: 'Root' }] });
    orgs
      .on(ListTargetsForPolicyCommand, { PolicyId: 'p-b' })
      .resolvesOnce({ Targets: [{ TargetId: 'ou-1', Type: 'ORGANIZATIONAL_UNIT', Name: 'prod' }], NextToken: 't2' })
      .resolvesOnce({ Targets: [{ TargetId: '999988887777', Type: 'ACCOUNT', Name: 'sandbox' }] });
    const { inventory } = await collect([ORGANIZATIONS_SCPS]);
    expect(orgs.commandCalls(ListPoliciesCommand)[0]!.args[0].input).toMatchObject({ Filter: 'SERVICE_CONTROL_POLICY' });
    expect(orgs.commandCalls(ListPoliciesCommand)[1]!.args[0].input).toMatchObject({ NextToken: 'n1' });
    const r = entry(inventory, 'aws.organizations.serviceControlPolicies');
    expect(r).toMatchObject({
      ok: true,
      value: {
        scope: 'management',
        policies: [
          { id: 'p-a', name: 'a', awsManaged: true, targets: [{ id: 'r-1', type: 'ROOT', name: 'Root' }] },
          {
            id: 'p-b',
            targets: [
              { id: 'ou-1', type: 'ORGANIZATIONAL_UNIT', name: 'prod' },
              { id: '999988887777', type: 'ACCOUNT', name: 'sandbox' },
            ],
            document: { statements: [{ effect: 'Deny', action: ['organizations:LeaveOrganization'] }] },
          },
        ],
      },
    });
  });

  it('makes no policy call from a member account', async () => {
    orgs.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-1', MasterAccountId: '999988887777' } });
    const { inventory } = await collect([ORGANIZATIONS_SCPS, ORGANIZATIONS_DELEGATED_ADMINS]);
    expect(orgs.commandCalls(ListPoliciesCommand)).toHaveLength(0);
    expect(orgs.commandCalls(ListDelegatedAdministratorsCommand)).toHaveLength(0);
    expect(entry(inventory, 'aws.organizations.serviceControlPolicies')).toEqual({ ok: true, value: { scope: 'not-management' } });
  });

  it('classifies AccessDenied with the action needed', async () => {
    asManagement();
    orgs.on(ListPoliciesCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([ORGANIZATIONS_SCPS]);
    expect(entry(inventory, 'aws.organizations.serviceControlPolicies')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'organizations:ListPolicies', action: 'organizations:ListPolicies' },
    });
  });
});

describe('aws.organizations.delegatedAdministrators', () => {
  it('follows pages of delegated administrators', async () => {
    asManagement();
    orgs
      .on(ListDelegatedAdministratorsCommand)
      .resolvesOnce({ DelegatedAdministrators: [{ Id: '333344445555', Name: 'logs' }], NextToken: 'd2' })
      .resolvesOnce({ DelegatedAdministrators: [{ Id: '222233334444', Name: 'security' }] });
    const { inventory } = await collect([ORGANIZATIONS_DELEGATED_ADMINS]);
    expect(orgs.commandCalls(ListDelegatedAdministratorsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 'd2' });
    expect(entry(inventory, 'aws.organizations.delegatedAdministrators')).toEqual({
      ok: true,
      value: {
        scope: 'management',
        accounts: [
          { id: '222233334444', name: 'security' },
          { id: '333344445555', name: 'logs' },
        ],
      },
    });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    orgs.restore();
    try {
      const list = throttledThen({ DelegatedAdministrators: [] }, 2, 'TooManyRequestsException');
      const { inventory, stats } = await collect([ORGANIZATIONS_DELEGATED_ADMINS], {
        client: {
          configure: fakeService({
            DescribeOrganization: () => ({ Organization: { Id: 'o-1', MasterAccountId: ACCOUNT } }),
            ListDelegatedAdministrators: list,
          }),
        },
      });
      expect(entry(inventory, 'aws.organizations.delegatedAdministrators')).toEqual({
        ok: true,
        value: { scope: 'management', accounts: [] },
      });
      expect(stats.toJSON()['organizations:ListDelegatedAdministrators']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      orgs = mockClient(OrganizationsClient);
    }
  });
});

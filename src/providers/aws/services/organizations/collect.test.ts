import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../../../../../test/support/aws.js';
import { accessAnalyzerAnalyzerPresent } from '../accessanalyzer/checks/aws.accessanalyzer.analyzer-present.js';
import { ORGANIZATIONS_MEMBERSHIP } from './state.js';

// DescribeOrganization answers for the caller's own account; it has no pagination.
const orgs = mockClient(OrganizationsClient);
const analyzers = mockClient(AccessAnalyzerClient);
afterEach(() => {
  orgs.reset();
  analyzers.reset();
});

const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv['aws.organizations.membership']!.global!.result;

describe('aws.organizations.membership', () => {
  it('keeps the organisation id and its management account', async () => {
    orgs.on(DescribeOrganizationCommand).resolves({
      Organization: { Id: 'o-abc123', MasterAccountId: '999988887777', Arn: 'arn:aws:organizations::999988887777:organization/o-abc123' },
    });
    const { inventory } = await collect([ORGANIZATIONS_MEMBERSHIP]);
    expect(result(inventory)).toEqual({ ok: true, value: { id: 'o-abc123', managementAccountId: '999988887777' } });
  });

  it('reads "not in an organisation" as data: null', async () => {
    orgs
      .on(DescribeOrganizationCommand)
      .rejects(awsError('AWSOrganizationsNotInUseException', 400, 'Your account is not a member of an organization.'));
    const { inventory } = await collect([ORGANIZATIONS_MEMBERSHIP]);
    expect(result(inventory)).toEqual({ ok: true, value: null });
  });

  it('keeps AccessDenied as denied, naming the action', async () => {
    orgs.on(DescribeOrganizationCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([ORGANIZATIONS_MEMBERSHIP]);
    expect(result(inventory)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'organizations:DescribeOrganization', action: 'organizations:DescribeOrganization' },
    });
  });

  it('is asked once per account, in the home region, however many regions the analyzer check covers', async () => {
    orgs.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abc123', MasterAccountId: '999988887777' } });
    analyzers.on(ListAnalyzersCommand).resolves({ analyzers: [] });
    const { inventory } = await collect([accessAnalyzerAnalyzerPresent], { regions: ['eu-west-1', 'us-east-1', 'us-west-2'] });
    expect(orgs.commandCalls(DescribeOrganizationCommand)).toHaveLength(1);
    expect(analyzers.commandCalls(ListAnalyzersCommand)).toHaveLength(3);
    expect(result(inventory)).toMatchObject({ ok: true });
  });
});

import {
  DescribeDocumentPermissionCommand,
  DescribeInstanceInformationCommand,
  ListDocumentsCommand,
  ListResourceComplianceSummariesCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { SSM_DOCUMENT_SHARING, SSM_MANAGED_NODES, SSM_PATCH_COMPLIANCE } from './state.js';

let ssm = mockClient(SSMClient);
afterEach(() => ssm.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]![R]!.result;

describe('aws.ssm collectors', () => {
  it('follows pages of nodes, patch compliance and documents, and reads sharing per document', async () => {
    ssm
      .on(DescribeInstanceInformationCommand)
      .resolvesOnce({ InstanceInformationList: [{ InstanceId: 'i-2', PingStatus: 'ConnectionLost' }], NextToken: 't' })
      .resolvesOnce({ InstanceInformationList: [{ InstanceId: 'i-1', PingStatus: 'Online' }] });
    ssm.on(ListResourceComplianceSummariesCommand).resolves({
      ResourceComplianceSummaryItems: [
        { ResourceId: 'i-1', Status: 'NON_COMPLIANT', OverallSeverity: 'HIGH', NonCompliantSummary: { NonCompliantCount: 2 } },
      ],
    });
    ssm
      .on(ListDocumentsCommand)
      .resolvesOnce({ DocumentIdentifiers: [{ Name: 'B' }], NextToken: 'd' })
      .resolvesOnce({ DocumentIdentifiers: [{ Name: 'A' }] });
    ssm.on(DescribeDocumentPermissionCommand, { Name: 'A' }).resolves({ AccountIds: ['all'] });
    ssm.on(DescribeDocumentPermissionCommand, { Name: 'B' }).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([SSM_MANAGED_NODES, SSM_PATCH_COMPLIANCE, SSM_DOCUMENT_SHARING]);
    expect(ssm.commandCalls(DescribeInstanceInformationCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(ssm.commandCalls(ListResourceComplianceSummariesCommand)[0]!.args[0].input).toMatchObject({
      Filters: [{ Key: 'ComplianceType', Values: ['Patch'] }],
    });
    expect(ssm.commandCalls(ListDocumentsCommand)[0]!.args[0].input).toMatchObject({ Filters: [{ Key: 'Owner', Values: ['Self'] }] });
    expect(result(inventory, SSM_MANAGED_NODES.id)).toEqual({
      ok: true,
      value: [
        { id: 'i-1', pingStatus: 'Online' },
        { id: 'i-2', pingStatus: 'ConnectionLost' },
      ],
    });
    expect(result(inventory, SSM_PATCH_COMPLIANCE.id)).toEqual({
      ok: true,
      value: { 'i-1': { status: 'NON_COMPLIANT', nonCompliant: 2, severity: 'HIGH' } },
    });
    expect(result(inventory, SSM_DOCUMENT_SHARING.id)).toMatchObject({
      ok: true,
      value: { A: { ok: true, value: ['all'] }, B: { ok: false, error: { kind: 'denied' } } },
    });
  });

  it('records AccessDenied as denied', async () => {
    ssm.on(DescribeInstanceInformationCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([SSM_MANAGED_NODES]);
    expect(result(inventory, SSM_MANAGED_NODES.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'ssm:DescribeInstanceInformation' },
    });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    ssm.restore();
    try {
      const list = throttledThen({ ResourceComplianceSummaryItems: [] });
      const { inventory, stats } = await collect([SSM_PATCH_COMPLIANCE], {
        client: { configure: fakeService({ ListResourceComplianceSummaries: list }) },
      });
      expect(result(inventory, SSM_PATCH_COMPLIANCE.id)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['ssm:ListResourceComplianceSummaries']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      ssm = mockClient(SSMClient);
    }
  });
});

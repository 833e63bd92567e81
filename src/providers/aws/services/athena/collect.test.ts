import { AthenaClient, GetWorkGroupCommand, ListWorkGroupsCommand } from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ATHENA_WORKGROUPS } from './state.js';

let athena = mockClient(AthenaClient);
afterEach(() => athena.reset());

const R = 'us-east-1';
const A = (n: string) => `arn:aws:athena:us-east-1:111122223333:workgroup/${n}`;
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[ATHENA_WORKGROUPS.id]![R]!.result;

describe('aws.athena.workgroups', () => {
  it('follows ListWorkGroups pages, describes each enabled workgroup and keeps only the judged settings', async () => {
    athena
      .on(ListWorkGroupsCommand)
      .resolvesOnce({
        WorkGroups: [
          { Name: 'b', State: 'ENABLED' },
          { Name: 'old', State: 'DISABLED' },
        ],
        NextToken: 't',
      })
      .resolvesOnce({
        WorkGroups: [
          { Name: 'a', State: 'ENABLED' },
          { Name: 'c', State: 'ENABLED' },
        ],
      });
    athena.on(GetWorkGroupCommand, { WorkGroup: 'a' }).resolves({
      WorkGroup: {
        Name: 'a',
        Configuration: {
          ResultConfiguration: { OutputLocation: 's3://r/', EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: 'k' } },
          EnforceWorkGroupConfiguration: false,
          PublishCloudWatchMetricsEnabled: true,
          EngineVersion: { SelectedEngineVersion: 'AUTO', EffectiveEngineVersion: 'Athena engine version 3' },
        },
      },
    });
    athena.on(GetWorkGroupCommand, { WorkGroup: 'b' }).resolves({ WorkGroup: { Name: 'b', Configuration: {} } });
    athena.on(GetWorkGroupCommand, { WorkGroup: 'c' }).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([ATHENA_WORKGROUPS]);
    expect(athena.commandCalls(ListWorkGroupsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(athena.commandCalls(GetWorkGroupCommand).map((c) => c.args[0].input.WorkGroup)).not.toContain('old');
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        a: {
          ok: true,
          value: {
            arn: A('a'),
            name: 'a',
            engine: 'Athena engine version 3',
            enforced: false,
            resultEncryption: 'SSE_KMS',
            resultKmsKey: 'k',
            managedResults: false,
            metrics: true,
          },
        },
        // Absent enforcement and metrics flags stay unknown: neither has a default the API documents.
        b: {
          ok: true,
          value: { arn: A('b'), name: 'b', engine: 'AUTO', enforced: null, resultEncryption: null, managedResults: false, metrics: null },
        },
        c: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'athena:GetWorkGroup' }) },
      },
    });
  });

  it('reports a workgroup answer without a Configuration as that workgroup error', async () => {
    athena.on(ListWorkGroupsCommand).resolves({ WorkGroups: [{ Name: 'a', State: 'ENABLED' }] });
    athena.on(GetWorkGroupCommand).resolves({ WorkGroup: { Name: 'a' } });
    const { inventory } = await collect([ATHENA_WORKGROUPS]);
    expect(result(inventory)).toEqual({
      ok: true,
      value: { a: { ok: false, error: expect.objectContaining({ kind: 'unknown', api: 'athena:GetWorkGroup' }) } },
    });
  });

  it('records AccessDenied on ListWorkGroups as denied', async () => {
    athena.on(ListWorkGroupsCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([ATHENA_WORKGROUPS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'athena:ListWorkGroups' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    athena.restore();
    try {
      const list = throttledThen({ WorkGroups: [] }, 2, 'ThrottlingException');
      const { inventory, stats } = await collect([ATHENA_WORKGROUPS], { client: { configure: fakeService({ ListWorkGroups: list }) } });
      expect(result(inventory)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['athena:ListWorkGroups']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      athena = mockClient(AthenaClient);
    }
  });
});

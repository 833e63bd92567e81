import { BatchGetAccountStatusCommand, type BatchGetAccountStatusResponse, Inspector2Client } from '@aws-sdk/client-inspector2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import { INSPECTOR_STATUS } from './state.js';

let insp = mockClient(Inspector2Client);
afterEach(() => insp.reset());

const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], region: string) => inv[INSPECTOR_STATUS.id]![region]!.result;
// Only the fields the collector reads; the SDK type asks for error fields on every state.
const answer = (status: string): BatchGetAccountStatusResponse =>
  ({
    accounts: [
      { accountId: ACCOUNT, state: { status }, resourceState: { ec2: { status }, ecr: { status: 'DISABLED' }, lambda: { status } } },
    ],
    failedAccounts: [],
  }) as unknown as BatchGetAccountStatusResponse;

describe('aws.inspector2.accountStatus', () => {
  it('asks once per region for this account only', async () => {
    insp.on(BatchGetAccountStatusCommand).resolvesOnce(answer('ENABLED')).resolvesOnce(answer('DISABLED'));
    const { inventory } = await collect([INSPECTOR_STATUS], { regions: ['eu-west-1', 'us-east-1'] });
    expect(insp.commandCalls(BatchGetAccountStatusCommand)).toHaveLength(2);
    expect(insp.commandCalls(BatchGetAccountStatusCommand)[0]!.args[0].input).toEqual({ accountIds: [ACCOUNT] });
    const both = [result(inventory, 'eu-west-1'), result(inventory, 'us-east-1')];
    expect(both).toContainEqual({ ok: true, value: { account: 'ENABLED', scans: { ec2: 'ENABLED', ecr: 'DISABLED', lambda: 'ENABLED' } } });
    expect(both).toContainEqual({
      ok: true,
      value: { account: 'DISABLED', scans: { ec2: 'DISABLED', ecr: 'DISABLED', lambda: 'DISABLED' } },
    });
  });

  it('a failed account entry is an error, not a disabled status', async () => {
    insp
      .on(BatchGetAccountStatusCommand)
      .resolves({ accounts: [], failedAccounts: [{ accountId: ACCOUNT, errorCode: 'ACCESS_DENIED', errorMessage: 'no' }] });
    const { inventory } = await collect([INSPECTOR_STATUS]);
    expect(result(inventory, 'us-east-1')).toMatchObject({ ok: false, error: { api: 'inspector2:BatchGetAccountStatus' } });
  });

  it('records AccessDenied as denied', async () => {
    insp.on(BatchGetAccountStatusCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([INSPECTOR_STATUS]);
    expect(result(inventory, 'us-east-1')).toMatchObject({ ok: false, error: { kind: 'denied', api: 'inspector2:BatchGetAccountStatus' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    insp.restore();
    try {
      const call = throttledThen(answer('ENABLED'));
      const { inventory, stats } = await collect([INSPECTOR_STATUS], {
        client: { configure: fakeService({ BatchGetAccountStatus: call }) },
      });
      expect(result(inventory, 'us-east-1')).toMatchObject({ ok: true, value: { account: 'ENABLED' } });
      expect(stats.toJSON()['inspector2:BatchGetAccountStatus']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      insp = mockClient(Inspector2Client);
    }
  });
});

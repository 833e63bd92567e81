import { DescribeStateMachineCommand, ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { SFN_STATE_MACHINES } from './state.js';

let sfn = mockClient(SFNClient);
afterEach(() => sfn.reset());

const R = 'us-east-1';
const A = (n: string) => `arn:aws:states:us-east-1:111122223333:stateMachine:${n}`;
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[SFN_STATE_MACHINES.id]![R]!.result;
const listed = (n: string) => ({ stateMachineArn: A(n), name: n, type: 'STANDARD' as const, creationDate: new Date(0) });

describe('aws.sfn.stateMachines', () => {
  it('follows ListStateMachines pages and keeps only the logging and tracing settings of each machine', async () => {
    sfn
      .on(ListStateMachinesCommand)
      .resolvesOnce({ stateMachines: [listed('b')], nextToken: 't' })
      .resolvesOnce({ stateMachines: [listed('a'), listed('c')] });
    sfn.on(DescribeStateMachineCommand, { stateMachineArn: A('a') }).resolves({
      stateMachineArn: A('a'),
      name: 'a',
      type: 'EXPRESS',
      definition: '{"secret":"not kept"}',
      roleArn: 'arn:aws:iam::111122223333:role/r',
      creationDate: new Date(0),
      loggingConfiguration: { level: 'ALL', destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:lg:*' } }] },
      tracingConfiguration: { enabled: true },
    });
    sfn.on(DescribeStateMachineCommand, { stateMachineArn: A('b') }).resolves({
      stateMachineArn: A('b'),
      name: 'b',
      type: 'STANDARD',
      definition: '{}',
      roleArn: 'arn:aws:iam::111122223333:role/r',
      creationDate: new Date(0),
    });
    sfn.on(DescribeStateMachineCommand, { stateMachineArn: A('c') }).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([SFN_STATE_MACHINES]);
    expect(sfn.commandCalls(ListStateMachinesCommand)[1]!.args[0].input).toMatchObject({ nextToken: 't' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        [A('a')]: { ok: true, value: { arn: A('a'), name: 'a', type: 'EXPRESS', logLevel: 'ALL', logGroups: ['arn:lg:*'], tracing: true } },
        [A('b')]: { ok: true, value: { arn: A('b'), name: 'b', type: 'STANDARD', logLevel: 'OFF', logGroups: [], tracing: false } },
        [A('c')]: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'states:DescribeStateMachine' }) },
      },
    });
  });

  it('records AccessDenied on ListStateMachines as denied', async () => {
    sfn.on(ListStateMachinesCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([SFN_STATE_MACHINES]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'states:ListStateMachines' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    sfn.restore();
    try {
      const list = throttledThen({ stateMachines: [] }, 2, 'ThrottlingException');
      const { inventory, stats } = await collect([SFN_STATE_MACHINES], { client: { configure: fakeService({ ListStateMachines: list }) } });
      expect(result(inventory)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['states:ListStateMachines']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      sfn = mockClient(SFNClient);
    }
  });
});

import { DescribeTaskDefinitionCommand, ECSClient, ListTaskDefinitionFamiliesCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ECS_TASK_DEFINITIONS } from './state.js';

let ecs = mockClient(ECSClient);
afterEach(() => ecs.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[ECS_TASK_DEFINITIONS.id]![R]!.result;

describe('aws.ecs.taskDefinitions', () => {
  it('follows family pages, describes the latest revision of each, and never keeps environment values', async () => {
    ecs
      .on(ListTaskDefinitionFamiliesCommand)
      .resolvesOnce({ families: ['b'], nextToken: 't' })
      .resolvesOnce({ families: ['a'] });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'a' }).resolves({
      taskDefinition: {
        taskDefinitionArn: 'arn:a:7',
        revision: 7,
        networkMode: 'awsvpc',
        containerDefinitions: [
          {
            name: 'c',
            privileged: true,
            user: '0',
            logConfiguration: { logDriver: 'awslogs' },
            environment: [{ name: 'API_TOKEN', value: 's3cr3t-value' }],
          },
        ],
      },
    });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'b' }).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([ECS_TASK_DEFINITIONS]);
    const calls = ecs.commandCalls(ListTaskDefinitionFamiliesCommand);
    expect(calls[0]!.args[0].input).toMatchObject({ status: 'ACTIVE' });
    expect(calls[1]!.args[0].input).toMatchObject({ nextToken: 't' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        a: {
          ok: true,
          value: {
            name: 'a:7',
            arn: 'arn:a:7',
            family: 'a',
            networkMode: 'awsvpc',
            osFamily: 'LINUX',
            containers: [
              {
                name: 'c',
                privileged: true,
                readonlyRootFilesystem: false,
                logDriver: 'awslogs',
                user: '0',
                environmentNames: ['API_TOKEN'],
              },
            ],
          },
        },
        b: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'ecs:DescribeTaskDefinition' }) },
      },
    });
    expect(JSON.stringify(inventory)).not.toContain('s3cr3t-value');
  });

  it('records AccessDenied on the family listing as denied', async () => {
    ecs.on(ListTaskDefinitionFamiliesCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([ECS_TASK_DEFINITIONS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'ecs:ListTaskDefinitionFamilies' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    ecs.restore();
    try {
      const list = throttledThen({ families: [] });
      const { inventory, stats } = await collect([ECS_TASK_DEFINITIONS], {
        client: { configure: fakeService({ ListTaskDefinitionFamilies: list }) },
      });
      expect(result(inventory)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['ecs:ListTaskDefinitionFamilies']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      ecs = mockClient(ECSClient);
    }
  });
});

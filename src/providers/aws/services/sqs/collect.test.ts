import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { SQS_QUEUES } from './state.js';

let sqs = mockClient(SQSClient);
afterEach(() => sqs.reset());

const R = 'us-east-1';
const U = (n: string) => `https://sqs.us-east-1.amazonaws.com/111122223333/${n}`;
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[SQS_QUEUES.id]![R]!.result;

describe('aws.sqs.queues', () => {
  it("follows ListQueues pages and reads each queue's attributes", async () => {
    sqs
      .on(ListQueuesCommand)
      .resolvesOnce({ QueueUrls: [U('b')], NextToken: 't' })
      .resolvesOnce({ QueueUrls: [U('a')] });
    sqs
      .on(GetQueueAttributesCommand, { QueueUrl: U('a') })
      .resolves({ Attributes: { QueueArn: 'arn:a', SqsManagedSseEnabled: 'false', KmsMasterKeyId: 'alias/k' } });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: U('b') }).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([SQS_QUEUES]);
    expect(sqs.commandCalls(ListQueuesCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        [U('a')]: { ok: true, value: { name: 'a', arn: 'arn:a', sqsManagedSse: false, kmsKeyId: 'alias/k', policy: null } },
        [U('b')]: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'sqs:GetQueueAttributes' }) },
      },
    });
  });

  it('records AccessDenied on ListQueues as denied', async () => {
    sqs.on(ListQueuesCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([SQS_QUEUES]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'sqs:ListQueues' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    sqs.restore();
    try {
      const list = throttledThen({ QueueUrls: [] }, 2, 'RequestThrottled');
      const { inventory, stats } = await collect([SQS_QUEUES], { client: { configure: fakeService({ ListQueues: list }) } });
      expect(result(inventory)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['sqs:ListQueues']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      sqs = mockClient(SQSClient);
    }
  });
});

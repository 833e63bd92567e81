import { GetTopicAttributesCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { SNS_TOPICS } from './state.js';

let sns = mockClient(SNSClient);
afterEach(() => sns.reset());

const R = 'us-east-1';
const A = (n: string) => `arn:aws:sns:us-east-1:111122223333:${n}`;
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[SNS_TOPICS.id]![R]!.result;

describe('aws.sns.topics', () => {
  it("follows ListTopics pages and reads each topic's attributes", async () => {
    sns
      .on(ListTopicsCommand)
      .resolvesOnce({ Topics: [{ TopicArn: A('b') }], NextToken: 't' })
      .resolvesOnce({ Topics: [{ TopicArn: A('a') }] });
    sns
      .on(GetTopicAttributesCommand, { TopicArn: A('a') })
      .resolves({ Attributes: { KmsMasterKeyId: 'alias/aws/sns', SubscriptionsConfirmed: '3' } });
    sns.on(GetTopicAttributesCommand, { TopicArn: A('b') }).rejects(awsError('AuthorizationError', 403));
    const { inventory } = await collect([SNS_TOPICS]);
    expect(sns.commandCalls(ListTopicsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        [A('a')]: { ok: true, value: { name: 'a', arn: A('a'), kmsKeyId: 'alias/aws/sns', subscriptionsConfirmed: 3, policy: null } },
        [A('b')]: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'sns:GetTopicAttributes' }) },
      },
    });
  });

  it('records AuthorizationError on ListTopics as denied', async () => {
    sns.on(ListTopicsCommand).rejects(awsError('AuthorizationError', 403));
    const { inventory } = await collect([SNS_TOPICS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'sns:ListTopics' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    sns.restore();
    try {
      const list = throttledThen({ Topics: [] }, 2, 'Throttling');
      const { inventory, stats } = await collect([SNS_TOPICS], { client: { configure: fakeService({ ListTopics: list }) } });
      expect(result(inventory)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['sns:ListTopics']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      sns = mockClient(SNSClient);
    }
  });
});

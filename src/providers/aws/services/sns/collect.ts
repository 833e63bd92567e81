import { api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { parsePolicyDocument } from '../../iam-policy.js';
import { SNS_TOPICS, type SnsTopic } from './state.js';

/** Same id and prefix as every other SNS use, so one client per region serves them all. */
const SNS = awsClient('sns', 'sns', async () => (await import('@aws-sdk/client-sns')).SNSClient);

const LIST_TOPICS = api('sns:ListTopics');
const GET_ATTRIBUTES = api('sns:GetTopicAttributes');

const topics: AwsCollector<PerResource<SnsTopic>> = {
  key: SNS_TOPICS,
  service: 'sns',
  apis: [LIST_TOPICS, GET_ATTRIBUTES],
  async collect(ctx, region) {
    const { paginateListTopics, GetTopicAttributesCommand } = await import('@aws-sdk/client-sns');
    const client = await ctx.client(SNS, region);
    const arns: string[] = [];
    await ctx.call(LIST_TOPICS, async () => {
      for await (const page of paginateListTopics({ client }, {})) for (const t of page.Topics ?? []) if (t.TopicArn) arns.push(t.TopicArn);
    });
    // ListTopics gives ARNs only; encryption, policy and subscriber counts are per-topic attributes.
    return perResource(
      arns.sort(),
      (a) => a,
      async (arn): Promise<Fetched<SnsTopic>> => {
        const res = await ctx.attempt(GET_ATTRIBUTES, async () => {
          const a = (await client.send(new GetTopicAttributesCommand({ TopicArn: arn }))).Attributes ?? {};
          return {
            name: arn.split(':').pop() ?? arn,
            arn,
            ...(a.KmsMasterKeyId ? { kmsKeyId: a.KmsMasterKeyId } : {}),
            subscriptionsConfirmed: Number(a.SubscriptionsConfirmed ?? 0),
            policy: a.Policy ? parsePolicyDocument(a.Policy) : null,
          };
        });
        return res.ok && res.value ? ok(res.value) : (res as Fetched<never>);
      },
    );
  },
};

export const snsCollectors: readonly AwsCollector<unknown>[] = [topics] as readonly AwsCollector<unknown>[];

import { api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { parsePolicyDocument } from '../../iam-policy.js';
import { SQS_QUEUES, type SqsQueue, sqsQueueArn } from './state.js';

const SQS = awsClient('sqs', 'sqs', async () => (await import('@aws-sdk/client-sqs')).SQSClient);

const LIST_QUEUES = api('sqs:ListQueues');
const GET_ATTRIBUTES = api('sqs:GetQueueAttributes');

const queues: AwsCollector<PerResource<SqsQueue>> = {
  key: SQS_QUEUES,
  service: 'sqs',
  apis: [LIST_QUEUES, GET_ATTRIBUTES],
  async collect(ctx, region) {
    const { paginateListQueues, GetQueueAttributesCommand } = await import('@aws-sdk/client-sqs');
    const client = await ctx.client(SQS, region);
    const urls: string[] = [];
    await ctx.call(LIST_QUEUES, async () => {
      for await (const page of paginateListQueues({ client, pageSize: 1000 }, { MaxResults: 1000 })) urls.push(...(page.QueueUrls ?? []));
    });
    // ListQueues gives URLs only; encryption and policy are queue attributes, one call per queue.
    return perResource(
      urls.sort(),
      (u) => u,
      async (url): Promise<Fetched<SqsQueue>> => {
        const res = await ctx.attempt(GET_ATTRIBUTES, async () => {
          const out = await client.send(
            new GetQueueAttributesCommand({
              QueueUrl: url,
              AttributeNames: ['QueueArn', 'SqsManagedSseEnabled', 'KmsMasterKeyId', 'Policy'],
            }),
          );
          const a = out.Attributes ?? {};
          return {
            name: url.split('/').pop() ?? url,
            arn: a.QueueArn ?? sqsQueueArn(ctx.account.partition, region, url),
            sqsManagedSse: a.SqsManagedSseEnabled === 'true',
            ...(a.KmsMasterKeyId ? { kmsKeyId: a.KmsMasterKeyId } : {}),
            policy: a.Policy ? parsePolicyDocument(a.Policy) : null,
          };
        });
        return res.ok && res.value ? ok(res.value) : (res as Fetched<never>);
      },
    );
  },
};

export const sqsCollectors: readonly AwsCollector<unknown>[] = [queues] as readonly AwsCollector<unknown>[];

import type { KinesisClient } from '@aws-sdk/client-kinesis';
import { type ApiSpec, api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollectContext, AwsCollector } from '../../context.js';
import { type PolicyDocument, parsePolicyDocument } from '../../iam-policy.js';
import {
  KINESIS_STREAM_POLICIES,
  KINESIS_STREAM_SUMMARIES,
  KINESIS_STREAMS,
  type KinesisStream,
  type KinesisStreamSummary,
} from './state.js';

const KINESIS = awsClient<KinesisClient>('kinesis', 'kinesis', async () => (await import('@aws-sdk/client-kinesis')).KinesisClient);

const LIST_STREAMS = api('kinesis:ListStreams');
const DESCRIBE_SUMMARY = api('kinesis:DescribeStreamSummary');
const GET_POLICY = api('kinesis:GetResourcePolicy');

const streams: AwsCollector<readonly KinesisStream[]> = {
  key: KINESIS_STREAMS,
  service: 'kinesis',
  apis: [LIST_STREAMS],
  async collect(ctx, region) {
    const { paginateListStreams } = await import('@aws-sdk/client-kinesis');
    const client = await ctx.client(KINESIS, region);
    const out: KinesisStream[] = [];
    await ctx.call(LIST_STREAMS, async () => {
      for await (const page of paginateListStreams({ client, pageSize: 100 }, {})) {
        for (const s of page.StreamSummaries ?? []) if (s.StreamName && s.StreamARN) out.push({ name: s.StreamName, arn: s.StreamARN });
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

/** A read per stream, by ARN (the form the API recommends); results keyed by stream name. */
function perStream<T>(
  key: InventoryKey<PerResource<T>>,
  spec: ApiSpec,
  read: (client: KinesisClient, s: KinesisStream, ctx: AwsCollectContext) => Promise<Fetched<T>>,
): AwsCollector<PerResource<T>> {
  return {
    key,
    service: 'kinesis',
    apis: [spec],
    dependsOn: [KINESIS_STREAMS],
    async collect(ctx, region) {
      const list = await ctx.need(KINESIS_STREAMS, region);
      const client = await ctx.client(KINESIS, region);
      return perResource(
        list,
        (s) => s.name,
        (s) => read(client, s, ctx),
      );
    },
  };
}

const summaries = perStream<KinesisStreamSummary>(KINESIS_STREAM_SUMMARIES, DESCRIBE_SUMMARY, async (client, s, ctx) => {
  const { DescribeStreamSummaryCommand } = await import('@aws-sdk/client-kinesis');
  const res = await ctx.attempt(DESCRIBE_SUMMARY, () => client.send(new DescribeStreamSummaryCommand({ StreamARN: s.arn })));
  if (!res.ok) return res;
  const d = res.value?.StreamDescriptionSummary;
  // Retention and encryption type are required fields: without one the answer says nothing a check
  // could judge (AWS does not document an absent EncryptionType, so it is not read as NONE).
  if (d?.RetentionPeriodHours === undefined)
    return unreadable(DESCRIBE_SUMMARY, `stream ${s.name}: no RetentionPeriodHours in the summary`);
  if (d.EncryptionType === undefined) return unreadable(DESCRIBE_SUMMARY, `stream ${s.name}: no EncryptionType in the summary`);
  return ok({
    encryptionType: d.EncryptionType,
    ...(d.KeyId ? { kmsKeyId: d.KeyId } : {}),
    retentionHours: d.RetentionPeriodHours,
  });
});

const policies = perStream<PolicyDocument | null>(KINESIS_STREAM_POLICIES, GET_POLICY, async (client, s, ctx) => {
  const { GetResourcePolicyCommand } = await import('@aws-sdk/client-kinesis');
  // Parsing inside the attempt: a malformed document becomes this stream's error.
  return ctx.attempt(GET_POLICY, async () => {
    const text = (await client.send(new GetResourcePolicyCommand({ ResourceARN: s.arn }))).Policy;
    if (!text?.trim()) return null;
    const doc = parsePolicyDocument(text);
    // A stream without a policy answers an empty document ("{}"): no statements, no policy.
    return doc.statements.length === 0 ? null : doc;
  });
});

export const kinesisCollectors: readonly AwsCollector<unknown>[] = [streams, summaries, policies] as readonly AwsCollector<unknown>[];

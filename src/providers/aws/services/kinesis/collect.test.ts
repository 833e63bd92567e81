import { DescribeStreamSummaryCommand, GetResourcePolicyCommand, KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { KINESIS_STREAM_POLICIES, KINESIS_STREAM_SUMMARIES, KINESIS_STREAMS } from './state.js';

let kinesis = mockClient(KinesisClient);
afterEach(() => kinesis.reset());

const R = 'us-east-1';
const A = (n: string) => `arn:aws:kinesis:us-east-1:111122223333:stream/${n}`;
type Inventory = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inventory, id: string) => inv[id]![R]!.result;
const summary = (name: string) => ({ StreamName: name, StreamARN: A(name), StreamStatus: 'ACTIVE' as const });

describe('aws.kinesis.streams', () => {
  it('follows ListStreams pages, then describes each stream by ARN', async () => {
    kinesis
      .on(ListStreamsCommand)
      .resolvesOnce({ StreamNames: ['b'], StreamSummaries: [summary('b')], HasMoreStreams: true, NextToken: 't' })
      .resolvesOnce({ StreamNames: ['a'], StreamSummaries: [summary('a')], HasMoreStreams: false });
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: A('a') }).resolves({
      StreamDescriptionSummary: { ...summary('a'), EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis', RetentionPeriodHours: 24 } as never,
    });
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: A('b') }).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([KINESIS_STREAM_SUMMARIES]);
    expect(kinesis.commandCalls(ListStreamsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(kinesis.commandCalls(GetResourcePolicyCommand)).toHaveLength(0);
    expect(result(inventory, KINESIS_STREAMS.id)).toEqual({
      ok: true,
      value: [
        { name: 'a', arn: A('a') },
        { name: 'b', arn: A('b') },
      ],
    });
    expect(result(inventory, KINESIS_STREAM_SUMMARIES.id)).toEqual({
      ok: true,
      value: {
        a: { ok: true, value: { encryptionType: 'KMS', kmsKeyId: 'alias/aws/kinesis', retentionHours: 24 } },
        b: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'kinesis:DescribeStreamSummary' }) },
      },
    });
  });

  it("reports a summary without EncryptionType as that stream's error, never as unencrypted", async () => {
    kinesis.on(ListStreamsCommand).resolves({ StreamNames: ['a'], StreamSummaries: [summary('a')], HasMoreStreams: false });
    kinesis.on(DescribeStreamSummaryCommand).resolves({ StreamDescriptionSummary: { ...summary('a'), RetentionPeriodHours: 24 } as never });
    const { inventory } = await collect([KINESIS_STREAM_SUMMARIES]);
    expect(result(inventory, KINESIS_STREAM_SUMMARIES.id)).toEqual({
      ok: true,
      value: { a: { ok: false, error: expect.objectContaining({ api: 'kinesis:DescribeStreamSummary' }) } },
    });
  });

  it("reads each policy; an empty document is no policy, a malformed one is that stream's error", async () => {
    kinesis
      .on(ListStreamsCommand)
      .resolves({ StreamNames: [], StreamSummaries: [summary('a'), summary('b'), summary('c')], HasMoreStreams: false });
    kinesis.on(GetResourcePolicyCommand, { ResourceARN: A('a') }).resolves({ Policy: '{}' });
    kinesis
      .on(GetResourcePolicyCommand, { ResourceARN: A('b') })
      .resolves({ Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kinesis:PutRecord' }] }) });
    kinesis.on(GetResourcePolicyCommand, { ResourceARN: A('c') }).resolves({ Policy: '{oops' });
    const { inventory } = await collect([KINESIS_STREAM_POLICIES]);
    expect(result(inventory, KINESIS_STREAM_POLICIES.id)).toEqual({
      ok: true,
      value: {
        a: { ok: true, value: null },
        b: { ok: true, value: expect.objectContaining({ statements: [expect.anything()] }) },
        c: { ok: false, error: expect.objectContaining({ api: 'kinesis:GetResourcePolicy' }) },
      },
    });
  });

  it('records AccessDenied on ListStreams as denied, and the per-stream keys inherit it', async () => {
    kinesis.on(ListStreamsCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([KINESIS_STREAM_POLICIES]);
    expect(result(inventory, KINESIS_STREAMS.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'kinesis:ListStreams' } });
    expect(result(inventory, KINESIS_STREAM_POLICIES.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'kinesis:ListStreams' },
    });
  });

  // Kinesis throttles its control plane with LimitExceededException, which the SDK retries.
  it('lets the SDK retry throttling, then succeeds', async () => {
    kinesis.restore();
    try {
      const list = throttledThen({ StreamNames: [], StreamSummaries: [], HasMoreStreams: false }, 2, 'LimitExceededException');
      const { inventory, stats } = await collect([KINESIS_STREAMS], { client: { configure: fakeService({ ListStreams: list }) } });
      expect(result(inventory, KINESIS_STREAMS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['kinesis:ListStreams']).toMatchObject({ calls: 1, attempts: 3 });
      expect(list.calls).toBe(3);
    } finally {
      kinesis = mockClient(KinesisClient);
    }
  });
});

import { DescribeDeliveryStreamCommand, FirehoseClient, ListDeliveryStreamsCommand } from '@aws-sdk/client-firehose';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { FIREHOSE_STREAMS } from './state.js';

let firehose = mockClient(FirehoseClient);
afterEach(() => firehose.reset());

const R = 'us-east-1';
const A = (n: string) => `arn:aws:firehose:us-east-1:111122223333:deliverystream/${n}`;
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[FIREHOSE_STREAMS.id]![R]!.result;
// Typed loosely so a test can leave out a field the SDK model marks required.
const description = (name: string, extra: object) => ({
  DeliveryStreamDescription: {
    DeliveryStreamName: name,
    DeliveryStreamARN: A(name),
    DeliveryStreamStatus: 'ACTIVE' as const,
    VersionId: '1',
    Destinations: [],
    HasMoreDestinations: false,
    ...extra,
  } as never,
});

describe('aws.firehose.streams', () => {
  it('pages ListDeliveryStreams after the last name, then describes each stream', async () => {
    firehose
      .on(ListDeliveryStreamsCommand)
      .resolvesOnce({ DeliveryStreamNames: ['a'], HasMoreDeliveryStreams: true })
      .resolvesOnce({ DeliveryStreamNames: ['b', 'c'], HasMoreDeliveryStreams: false });
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'a' }).resolves(
      description('a', {
        DeliveryStreamType: 'DirectPut',
        DeliveryStreamEncryptionConfiguration: { Status: 'ENABLED', KeyType: 'AWS_OWNED_CMK' },
      }),
    );
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'b' }).resolves(
      description('b', {
        DeliveryStreamType: 'KinesisStreamAsSource',
        Source: { KinesisStreamSourceDescription: { KinesisStreamARN: 'arn:aws:kinesis:us-east-1:111122223333:stream/s' } },
      }),
    );
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'c' }).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([FIREHOSE_STREAMS]);
    expect(firehose.commandCalls(ListDeliveryStreamsCommand)[1]!.args[0].input).toMatchObject({ ExclusiveStartDeliveryStreamName: 'a' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        a: { ok: true, value: { arn: A('a'), name: 'a', type: 'DirectPut', encryptionStatus: 'ENABLED', keyType: 'AWS_OWNED_CMK' } },
        b: {
          ok: true,
          value: {
            arn: A('b'),
            name: 'b',
            type: 'KinesisStreamAsSource',
            sourceArn: 'arn:aws:kinesis:us-east-1:111122223333:stream/s',
            encryptionStatus: null,
          },
        },
        c: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'firehose:DescribeDeliveryStream' }) },
      },
    });
  });

  it("reports a description without DeliveryStreamType as that stream's error", async () => {
    firehose.on(ListDeliveryStreamsCommand).resolves({ DeliveryStreamNames: ['a'], HasMoreDeliveryStreams: false });
    firehose.on(DescribeDeliveryStreamCommand).resolves(description('a', {}));
    const { inventory } = await collect([FIREHOSE_STREAMS]);
    expect(result(inventory)).toEqual({
      ok: true,
      value: { a: { ok: false, error: expect.objectContaining({ kind: 'unknown', api: 'firehose:DescribeDeliveryStream' }) } },
    });
  });

  it('records AccessDenied on ListDeliveryStreams as denied', async () => {
    firehose.on(ListDeliveryStreamsCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([FIREHOSE_STREAMS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'firehose:ListDeliveryStreams' } });
  });

  // Firehose throttles its control plane with LimitExceededException, which the SDK retries.
  it('lets the SDK retry throttling, then succeeds', async () => {
    firehose.restore();
    try {
      const list = throttledThen({ DeliveryStreamNames: [], HasMoreDeliveryStreams: false }, 2, 'LimitExceededException');
      const { inventory, stats } = await collect([FIREHOSE_STREAMS], { client: { configure: fakeService({ ListDeliveryStreams: list }) } });
      expect(result(inventory)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['firehose:ListDeliveryStreams']).toMatchObject({ calls: 1, attempts: 3 });
      expect(list.calls).toBe(3);
    } finally {
      firehose = mockClient(FirehoseClient);
    }
  });
});

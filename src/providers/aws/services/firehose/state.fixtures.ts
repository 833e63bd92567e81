/** Builders for the Firehose case tables. */
import { ok, type SnapshotBuilder, snapshot } from '../../../../../test/support/snapshot.js';
import { FIREHOSE_STREAMS, type FirehoseStream } from './state.js';

export const R = 'us-east-1';

export function stream(extra: Partial<FirehoseStream> = {}): SnapshotBuilder {
  return snapshot().regional(FIREHOSE_STREAMS, R, {
    events: ok({
      arn: 'arn:aws:firehose:us-east-1:111122223333:deliverystream/events',
      name: 'events',
      type: 'DirectPut',
      encryptionStatus: 'ENABLED',
      keyType: 'AWS_OWNED_CMK',
      ...extra,
    }),
  });
}

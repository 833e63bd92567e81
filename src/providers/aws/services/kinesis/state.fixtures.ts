/** Builders for the Kinesis case tables. */
import { ok, type SnapshotBuilder, snapshot } from '../../../../../test/support/snapshot.js';
import type { PolicyDocument } from '../../iam-policy.js';
import { KINESIS_STREAM_POLICIES, KINESIS_STREAM_SUMMARIES, type KinesisStreamSummary } from './state.js';

export const R = 'us-east-1';

export function summary(extra: Partial<KinesisStreamSummary> = {}): SnapshotBuilder {
  return snapshot().regional(KINESIS_STREAM_SUMMARIES, R, {
    clicks: ok({ encryptionType: 'KMS', kmsKeyId: 'alias/aws/kinesis', retentionHours: 168, ...extra }),
  });
}

export function streamPolicy(doc: PolicyDocument | null): SnapshotBuilder {
  return snapshot().regional(KINESIS_STREAM_POLICIES, R, { clicks: ok(doc) });
}

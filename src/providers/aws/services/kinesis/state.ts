/** Kinesis Data Streams state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';
import type { Named } from '../each-resource.js';

/** `ListStreams` (StreamSummaries), reduced. `name` is the stream name. */
export type KinesisStream = Named;

/** `DescribeStreamSummary`, reduced. */
export interface KinesisStreamSummary {
  /** `KMS` (server-side encryption on) or `NONE`. */
  encryptionType: string;
  /** The KMS key of server-side encryption, when on (`alias/aws/kinesis` for the AWS managed key). */
  kmsKeyId?: string;
  retentionHours: number;
}

export const KINESIS_STREAMS = inventoryKey<readonly KinesisStream[]>('aws.kinesis.streams', 'regional');
/** Encryption and retention by stream name. */
export const KINESIS_STREAM_SUMMARIES = inventoryKey<PerResource<KinesisStreamSummary>>('aws.kinesis.streamSummaries', 'regional');
/** Resource-based policy by stream name; `null` when the stream has none. */
export const KINESIS_STREAM_POLICIES = inventoryKey<PerResource<PolicyDocument | null>>('aws.kinesis.streamPolicies', 'regional');

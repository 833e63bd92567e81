/** Amazon Data Firehose state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `DescribeDeliveryStream`, reduced. */
export interface FirehoseStream extends Named {
  /** DeliveryStreamType: `DirectPut`, `KinesisStreamAsSource`, `MSKAsSource` or `DatabaseAsSource`. */
  type: string;
  /** The Kinesis data stream or MSK cluster the stream reads from, for the source types that have one. */
  sourceArn?: string;
  /** DeliveryStreamEncryptionConfiguration.Status (`ENABLED`, `ENABLING`, `DISABLED`, …); `null` when the answer has none. */
  encryptionStatus: string | null;
  /** `AWS_OWNED_CMK` or `CUSTOMER_MANAGED_CMK`, when encryption is configured. */
  keyType?: string;
  keyArn?: string;
}

/** `ListDeliveryStreams`, then `DescribeDeliveryStream` per stream; keyed by stream name. */
export const FIREHOSE_STREAMS = inventoryKey<PerResource<FirehoseStream>>('aws.firehose.streams', 'regional');

/** Source types whose records Firehose does not hold at rest: they stay in the source, encrypted (or not) there. */
export const SOURCE_HOLDS_DATA: Readonly<Record<string, string>> = {
  KinesisStreamAsSource: 'Kinesis data stream',
  MSKAsSource: 'Amazon MSK cluster',
};

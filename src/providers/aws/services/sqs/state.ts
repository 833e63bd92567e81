/** SQS state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';

/** `GetQueueAttributes`, reduced. */
export interface SqsQueue {
  name: string;
  arn: string;
  /** SSE with SQS-owned keys (SSE-SQS). */
  sqsManagedSse: boolean;
  /** SSE-KMS key id or alias, when set. */
  kmsKeyId?: string;
  /** The queue policy, `null` when it has none. */
  policy: PolicyDocument | null;
}

/** `ListQueues`, then `GetQueueAttributes` per queue; keyed by queue URL. */
export const SQS_QUEUES = inventoryKey<PerResource<SqsQueue>>('aws.sqs.queues', 'regional');

/** `https://sqs.<region>.amazonaws.com/<account>/<name>` → the queue's ARN. */
export function sqsQueueArn(partition: string, region: string, url: string): string {
  const [account, name] = url.split('/').slice(-2);
  return `arn:${partition}:sqs:${region}:${account}:${name}`;
}

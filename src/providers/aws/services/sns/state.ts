/** SNS state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';

/** `GetTopicAttributes`, reduced. */
export interface SnsTopic {
  name: string;
  arn: string;
  /** SSE key id or alias, when the topic is encrypted. */
  kmsKeyId?: string;
  /** Confirmed subscriptions (the attribute SubscriptionsConfirmed). */
  subscriptionsConfirmed: number;
  policy: PolicyDocument | null;
}

/** `ListTopics`, then `GetTopicAttributes` per topic; keyed by topic ARN. */
export const SNS_TOPICS = inventoryKey<PerResource<SnsTopic>>('aws.sns.topics', 'regional');

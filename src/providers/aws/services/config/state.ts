/** AWS Config inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';

/** `DescribeConfigurationRecorders`, reduced. */
export interface ConfigRecorder {
  name: string;
  arn?: string;
  /** Records every supported resource type (true also for `ALL_SUPPORTED_RESOURCE_TYPES`). */
  allSupported: boolean;
  includeGlobalResourceTypes: boolean;
  /** `ALL_SUPPORTED_RESOURCE_TYPES`, `INCLUSION_BY_RESOURCE_TYPES` or `EXCLUSION_BY_RESOURCE_TYPES`. */
  recordingStrategy?: string;
  /** Set for service-linked recorders, which record only what their owning service needs. */
  servicePrincipal?: string;
}

/** `DescribeConfigurationRecorderStatus`, reduced. */
export interface ConfigRecorderStatus {
  name: string;
  recording: boolean;
  /** `Success`, `Failure`, `Pending` or `NotApplicable`. */
  lastStatus?: string;
}

/** `DescribeDeliveryChannels`, reduced. */
export interface ConfigDeliveryChannel {
  name: string;
  s3BucketName?: string;
  snsTopicArn?: string;
}

export interface ConfigRecorders {
  recorders: ConfigRecorder[];
  statuses: ConfigRecorderStatus[];
  deliveryChannels: ConfigDeliveryChannel[];
}

/**
 * One key for three small calls: a recorder means nothing without its status and a delivery
 * channel, none of the three APIs paginates, and a region has at most a handful of each.
 */
export const CONFIG_RECORDERS = inventoryKey<ConfigRecorders>('aws.config.recorders', 'regional');

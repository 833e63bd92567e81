/** CloudWatch metric filters and alarms, and SNS subscriptions: SDK-free shapes and keys. */
import { inventoryKey } from '../../../../model/keys.js';
/** Every metric filter in the region (paginated, no log group parameter: one call set per region). */
export const CLOUDWATCH_METRIC_FILTERS = inventoryKey('aws.cloudwatch.metricFilters', 'regional');
/** Every metric alarm in the region (paginated). */
export const CLOUDWATCH_ALARMS = inventoryKey('aws.cloudwatch.alarms', 'regional');
/** Every SNS subscription in the region (paginated), whatever its topic. */
export const SNS_SUBSCRIPTIONS = inventoryKey('aws.sns.subscriptions', 'regional');

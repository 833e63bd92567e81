/** CloudWatch metric filters and alarms, and SNS subscriptions: SDK-free shapes and keys. */
import { inventoryKey } from '../../../../model/keys.js';

/** Where a metric filter publishes: one metric per transformation. */
export interface MetricRef {
  namespace: string;
  name: string;
  /** Dimension names the filter publishes with (values come from the events). */
  dimensions: string[];
}

/** `logs:DescribeMetricFilters`: one filter on one log group. */
export interface MetricFilter {
  name: string;
  logGroupName: string;
  pattern: string;
  metrics: MetricRef[];
}

/** `cloudwatch:DescribeAlarms` (metric alarms): the metric(s) watched and what fires. */
export interface MetricAlarm {
  name: string;
  arn: string;
  actionsEnabled: boolean;
  alarmActions: string[];
  /** The alarm's single metric, or every metric of a metric-math alarm. */
  metrics: { namespace: string; name: string; dimensions: string[] }[];
}

/** `sns:ListSubscriptions`: one subscription; `PendingConfirmation` is kept as the ARN AWS gives. */
export interface SnsSubscription {
  topicArn: string;
  subscriptionArn: string;
  protocol: string;
}

/** Every metric filter in the region (paginated, no log group parameter: one call set per region). */
export const CLOUDWATCH_METRIC_FILTERS = inventoryKey<MetricFilter[]>('aws.cloudwatch.metricFilters', 'regional');
/** Every metric alarm in the region (paginated). */
export const CLOUDWATCH_ALARMS = inventoryKey<MetricAlarm[]>('aws.cloudwatch.alarms', 'regional');
/** Every SNS subscription in the region (paginated), whatever its topic. */
export const SNS_SUBSCRIPTIONS = inventoryKey<SnsSubscription[]>('aws.sns.subscriptions', 'regional');

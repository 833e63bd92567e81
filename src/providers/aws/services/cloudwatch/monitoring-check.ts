/** Builds one monitoring check per CIS section 5 item; the chain itself lives in `chain.ts`. */
import type { Check } from '../../../../model/check.js';
import type { Severity } from '../../../../model/status.js';
import { CHAIN_KEYS, evaluateMonitoring } from './chain.js';
import { monitoringItem } from './monitoring-items.js';

const CHAIN_RATIONALE =
  'One account-level result. Passes only when the whole chain holds for at least one trail: a multi-region trail (read in its home region) ' +
  'that is logging, records read and write management events without excluding the event source concerned, and delivers to a ' +
  'CloudWatch Logs log group in this account; a metric filter on that log group whose pattern, parsed as a CloudWatch Logs JSON filter ' +
  'pattern, counts every event the benchmark names (order, quoting and extra OR terms do not matter; an extra AND term that leaves events ' +
  'uncounted does; coverage is decided by evaluating both patterns over every combination of the values either of them mentions); ' +
  'a metric alarm in the same region on that metric (namespace, name and dimension names) with actions enabled; an SNS topic among the ' +
  "alarm's actions; and at least one subscription to that topic that is confirmed (not PendingConfirmation). " +
  'A failing result names the first link missing on the trail that got furthest. When a link cannot be read (denied, throttled, a region ' +
  'outside the scan, a topic in another account) and no trail passes, the result is an error naming the API. When the trail or its log ' +
  'group belongs to another account (an organisation trail seen from a member), the result is not_applicable and names that account. ' +
  'Composite alarms and EventBridge rules are not followed: the benchmark asks for a metric filter and alarm. ';

export function monitoringCheck(spec: { id: string; cis: string; severity: Severity }): Check {
  const item = monitoringItem(spec.cis);
  const subject = item.subject.charAt(0).toUpperCase() + item.subject.slice(1);
  return {
    meta: {
      id: spec.id,
      title: `${subject} raise an alarm that reaches a subscriber`,
      provider: 'aws',
      service: 'cloudwatch',
      resourceType: 'AWS::::Account',
      severity: spec.severity,
      requires: CHAIN_KEYS,
      rationale: CHAIN_RATIONALE + item.why,
      remediation: {
        text:
          `Send a multi-region trail to CloudWatch Logs, add a metric filter for ${item.subject} on its log group, an alarm on the metric ` +
          '(Sum ≥ 1 over 5 minutes) that notifies an SNS topic, and confirm at least one subscription to the topic.',
        console:
          'CloudWatch → Log groups → <trail log group> → Metric filters → Create; then Create alarm on the metric → Notification: SNS topic',
        cli:
          `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${item.slug} ` +
          `--metric-transformations metricName=${item.slug},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${item.patterns[0]}' && ` +
          `aws cloudwatch put-metric-alarm --alarm-name ${item.slug} --metric-name ${item.slug} --namespace CISBenchmark --statistic Sum ` +
          '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>',
      },
      cis: [item.cis],
      acrossRegions: true,
    },
    evaluate: (ctx) => evaluateMonitoring(ctx, item),
  };
}

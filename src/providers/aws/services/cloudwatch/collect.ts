import { api } from '../../../../inventory/collector.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import {
  CLOUDWATCH_ALARMS,
  CLOUDWATCH_METRIC_FILTERS,
  type MetricAlarm,
  type MetricFilter,
  SNS_SUBSCRIPTIONS,
  type SnsSubscription,
} from './state.js';

const CLOUDWATCH = awsClient('cloudwatch', 'cloudwatch', async () => (await import('@aws-sdk/client-cloudwatch')).CloudWatchClient);
/** Shared with the SNS service folder: one client id, one prefix. */
export const SNS = awsClient('sns', 'sns', async () => (await import('@aws-sdk/client-sns')).SNSClient);

const DESCRIBE_METRIC_FILTERS = api('logs:DescribeMetricFilters');
const DESCRIBE_ALARMS = api('cloudwatch:DescribeAlarms');
const LIST_SUBSCRIPTIONS = api('sns:ListSubscriptions');

const byName = <T extends { name: string }>(a: T, b: T): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const metricFilters: AwsCollector<MetricFilter[]> = {
  key: CLOUDWATCH_METRIC_FILTERS,
  service: 'logs',
  apis: [DESCRIBE_METRIC_FILTERS],
  async collect(ctx, region) {
    const { paginateDescribeMetricFilters } = await import('@aws-sdk/client-cloudwatch-logs');
    const client = await ctx.client('logs', region);
    const out: MetricFilter[] = [];
    await ctx.call(DESCRIBE_METRIC_FILTERS, async () => {
      // Without a log group name the API lists every filter of the region: one pass, not one per group.
      for await (const page of paginateDescribeMetricFilters({ client, pageSize: 50 }, {})) {
        for (const f of page.metricFilters ?? []) {
          if (!f.filterName || !f.logGroupName) continue;
          out.push({
            name: f.filterName,
            logGroupName: f.logGroupName,
            pattern: f.filterPattern ?? '',
            metrics: (f.metricTransformations ?? []).flatMap((m) =>
              m.metricNamespace && m.metricName
                ? [{ namespace: m.metricNamespace, name: m.metricName, dimensions: Object.keys(m.dimensions ?? {}).sort() }]
                : [],
            ),
          });
        }
      }
    });
    return out.sort((a, b) => byName({ name: `${a.logGroupName}\0${a.name}` }, { name: `${b.logGroupName}\0${b.name}` }));
  },
};

const alarms: AwsCollector<MetricAlarm[]> = {
  key: CLOUDWATCH_ALARMS,
  service: 'cloudwatch',
  apis: [DESCRIBE_ALARMS],
  async collect(ctx, region) {
    const { paginateDescribeAlarms } = await import('@aws-sdk/client-cloudwatch');
    const client = await ctx.client(CLOUDWATCH, region);
    const out: MetricAlarm[] = [];
    await ctx.call(DESCRIBE_ALARMS, async () => {
      for await (const page of paginateDescribeAlarms({ client, pageSize: 100 }, { AlarmTypes: ['MetricAlarm'] })) {
        for (const a of page.MetricAlarms ?? []) {
          if (!a.AlarmName) continue;
          const dims = (d: { Name?: string | undefined }[] | undefined): string[] =>
            (d ?? []).flatMap((x) => (x.Name ? [x.Name] : [])).sort();
          const single =
            a.Namespace && a.MetricName ? [{ namespace: a.Namespace, name: a.MetricName, dimensions: dims(a.Dimensions) }] : [];
          // A metric-math alarm names its metrics inside `Metrics`; any of them can carry the filter's count.
          const math = (a.Metrics ?? []).flatMap((q) => {
            const m = q.MetricStat?.Metric;
            return m?.Namespace && m.MetricName ? [{ namespace: m.Namespace, name: m.MetricName, dimensions: dims(m.Dimensions) }] : [];
          });
          out.push({
            name: a.AlarmName,
            arn: a.AlarmArn ?? `arn:${ctx.account.partition}:cloudwatch:${region}:${ctx.account.id}:alarm:${a.AlarmName}`,
            // The API leaves ActionsEnabled out only on malformed answers; AWS's default is true.
            actionsEnabled: a.ActionsEnabled ?? true,
            alarmActions: [...(a.AlarmActions ?? [])],
            metrics: [...single, ...math],
          });
        }
      }
    });
    return out.sort(byName);
  },
};

const subscriptions: AwsCollector<SnsSubscription[]> = {
  key: SNS_SUBSCRIPTIONS,
  service: 'sns',
  apis: [LIST_SUBSCRIPTIONS],
  async collect(ctx, region) {
    const { paginateListSubscriptions } = await import('@aws-sdk/client-sns');
    const client = await ctx.client(SNS, region);
    const out: SnsSubscription[] = [];
    await ctx.call(LIST_SUBSCRIPTIONS, async () => {
      // The region-wide listing (100 a page) instead of one ListSubscriptionsByTopic per topic.
      for await (const page of paginateListSubscriptions({ client }, {})) {
        for (const s of page.Subscriptions ?? []) {
          if (!s.TopicArn || !s.SubscriptionArn) continue;
          out.push({ topicArn: s.TopicArn, subscriptionArn: s.SubscriptionArn, protocol: s.Protocol ?? 'unknown' });
        }
      }
    });
    return out.sort((a, b) => (a.subscriptionArn < b.subscriptionArn ? -1 : a.subscriptionArn > b.subscriptionArn ? 1 : 0));
  },
};

export const cloudWatchCollectors: readonly AwsCollector<unknown>[] = [
  metricFilters,
  alarms,
  subscriptions,
] as readonly AwsCollector<unknown>[];

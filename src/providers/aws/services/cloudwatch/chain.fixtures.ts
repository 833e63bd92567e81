/**
 * Case tables for the monitoring checks: a whole chain, then each link taken away in turn,
 * plus unreadable links. Every monitoring check runs the same table with its own item.
 */
import { ACCOUNT, type CheckCase, denied, ok, snapshot, throttled } from '../../../../../test/support/snapshot.js';
import type { Check } from '../../../../model/check.js';
import type { Fetched } from '../../../../model/fetched.js';
import {
  CLOUDTRAIL_EVENT_SELECTORS,
  CLOUDTRAIL_TRAIL_STATUS,
  CLOUDTRAIL_TRAILS,
  type CloudTrailTrail,
  type TrailEventSelectors,
  type TrailStatus,
} from '../cloudtrail/state.js';
import { monitoringItem } from './monitoring-items.js';
import {
  CLOUDWATCH_ALARMS,
  CLOUDWATCH_METRIC_FILTERS,
  type MetricAlarm,
  type MetricFilter,
  SNS_SUBSCRIPTIONS,
  type SnsSubscription,
} from './state.js';

const R = 'us-east-1';
const GROUP = '/aws/cloudtrail/main';
const TOPIC = `arn:aws:sns:${R}:${ACCOUNT}:security-alerts`;

export function chainTrail(over: Partial<CloudTrailTrail> = {}): CloudTrailTrail {
  return {
    name: 'main',
    arn: `arn:aws:cloudtrail:${R}:${ACCOUNT}:trail/main`,
    homeRegion: R,
    isMultiRegion: true,
    isOrganizationTrail: false,
    logFileValidationEnabled: true,
    cloudWatchLogsLogGroupArn: `arn:aws:logs:${R}:${ACCOUNT}:log-group:${GROUP}:*`,
    hasCustomEventSelectors: false,
    hasInsightSelectors: false,
    ...over,
  };
}

export interface Chain {
  trail: CloudTrailTrail;
  status: Fetched<TrailStatus>;
  selectors: Fetched<TrailEventSelectors>;
  filters: Fetched<MetricFilter[]>;
  alarms: Fetched<MetricAlarm[]>;
  subscriptions: Fetched<SnsSubscription[]>;
}

/** A chain that holds for the item, with a metric `CISBenchmark/<slug>`. */
/** Trails in these fixtures record no S3 object-level events; the monitoring chain does not need them. */
const NO_DATA_EVENTS = { read: { allBuckets: false, buckets: [] }, write: { allBuckets: false, buckets: [] } };

export function wholeChain(cis: string): Chain {
  const item = monitoringItem(cis);
  const metric = { namespace: 'CISBenchmark', name: item.slug, dimensions: [] };
  return {
    trail: chainTrail(),
    status: ok({ isLogging: true }),
    selectors: ok({ style: 'classic', managementEvents: 'all', excludedManagementEventSources: [], s3DataEvents: NO_DATA_EVENTS }),
    filters: ok([
      { name: 'unrelated', logGroupName: GROUP, pattern: '{ $.eventName = "GetObject" }', metrics: [{ ...metric, name: 'reads' }] },
      { name: item.slug, logGroupName: GROUP, pattern: item.patterns[0]!, metrics: [metric] },
    ]),
    alarms: ok([
      {
        name: `${item.slug}-alarm`,
        arn: `arn:aws:cloudwatch:${R}:${ACCOUNT}:alarm:${item.slug}-alarm`,
        actionsEnabled: true,
        alarmActions: [TOPIC],
        metrics: [metric],
      },
    ]),
    subscriptions: ok([
      { topicArn: TOPIC, subscriptionArn: 'PendingConfirmation', protocol: 'email' },
      { topicArn: TOPIC, subscriptionArn: `${TOPIC}:0f1e2d3c`, protocol: 'email' },
    ]),
  };
}

export function chainSnapshot(c: Chain, regions: string[] = [R]) {
  const s = snapshot(regions)
    .regional(CLOUDTRAIL_TRAILS, R, [c.trail])
    .regional(CLOUDTRAIL_TRAIL_STATUS, R, { [c.trail.arn]: c.status })
    .regional(CLOUDTRAIL_EVENT_SELECTORS, R, { [c.trail.arn]: c.selectors })
    .regional(CLOUDWATCH_METRIC_FILTERS, R, c.filters)
    .regional(CLOUDWATCH_ALARMS, R, c.alarms)
    .regional(SNS_SUBSCRIPTIONS, R, c.subscriptions);
  for (const r of regions.filter((x) => x !== R)) {
    s.regional(CLOUDTRAIL_TRAILS, r, []).regional(CLOUDTRAIL_TRAIL_STATUS, r, {}).regional(CLOUDTRAIL_EVENT_SELECTORS, r, {});
  }
  return s;
}

const edit = (cis: string, change: (c: Chain) => Partial<Chain>) => {
  const c = wholeChain(cis);
  return chainSnapshot({ ...c, ...change(c) });
};

/** Drop the covering filter's last OR term or narrow it, so it misses some event. */
function narrowed(pattern: string): string {
  return pattern.replace(/\}\s*$/, ' && ($.userIdentity.type = "AssumedRole") }');
}

export function chainCases(check: Check): CheckCase[] {
  const cis = check.meta.cis![0]!;
  const alarm = (c: Chain): MetricAlarm => (c.alarms.ok ? c.alarms.value[0]! : (undefined as never));
  return [
    { name: 'passes when the whole chain holds', snapshot: chainSnapshot(wholeChain(cis)), expected: [['pass', 'monitored']] },
    {
      name: 'passes with the other trail when one multi-region trail stops early',
      snapshot: (() => {
        const c = wholeChain(cis);
        const other = chainTrail({
          name: 'old',
          arn: `arn:aws:cloudtrail:${R}:${ACCOUNT}:trail/old`,
          cloudWatchLogsLogGroupArn: undefined,
        });
        return chainSnapshot(c)
          .regional(CLOUDTRAIL_TRAILS, R, [other, c.trail])
          .regional(CLOUDTRAIL_TRAIL_STATUS, R, { [other.arn]: ok({ isLogging: true }), [c.trail.arn]: c.status })
          .regional(CLOUDTRAIL_EVENT_SELECTORS, R, { [other.arn]: c.selectors, [c.trail.arn]: c.selectors });
      })(),
      expected: [['pass', 'monitored']],
    },
    {
      name: 'fails without a multi-region trail',
      snapshot: edit(cis, (c) => ({ trail: { ...c.trail, isMultiRegion: false } })),
      expected: [['fail', 'no-multi-region-trail']],
    },
    {
      name: 'fails when the trail is not logging',
      snapshot: edit(cis, () => ({ status: ok({ isLogging: false }) })),
      expected: [['fail', 'trail-not-logging']],
    },
    {
      name: 'fails when the trail records only write management events',
      snapshot: edit(cis, () => ({
        selectors: ok({
          style: 'classic',
          managementEvents: 'writeOnly',
          excludedManagementEventSources: [],
          s3DataEvents: NO_DATA_EVENTS,
        }),
      })),
      expected: [['fail', 'trail-not-recording-all-management-events']],
    },
    {
      name: 'fails when the trail has no CloudWatch Logs log group',
      snapshot: edit(cis, (c) => ({ trail: { ...c.trail, cloudWatchLogsLogGroupArn: undefined } })),
      expected: [['fail', 'trail-not-delivering-to-cloudwatch-logs']],
    },
    {
      name: "fails when the filter's pattern is narrowed by an extra AND term",
      snapshot: edit(cis, (c) => ({
        filters: ok((c.filters.ok ? c.filters.value : []).map((f) => ({ ...f, pattern: narrowed(f.pattern) }))),
      })),
      expected: [['fail', 'no-covering-metric-filter']],
    },
    {
      name: 'fails when the covering filter is on another log group',
      snapshot: edit(cis, (c) => ({
        filters: ok((c.filters.ok ? c.filters.value : []).map((f) => ({ ...f, logGroupName: '/other' }))),
      })),
      expected: [['fail', 'no-covering-metric-filter']],
    },
    {
      name: 'fails when no alarm watches the metric',
      snapshot: edit(cis, (c) => ({
        alarms: ok([{ ...alarm(c), metrics: [{ namespace: 'CISBenchmark', name: 'other', dimensions: [] }] }]),
      })),
      expected: [['fail', 'no-alarm-on-metric']],
    },
    {
      name: 'fails when the alarm watches the metric with a dimension the filter does not publish',
      snapshot: edit(cis, (c) => ({
        alarms: ok([{ ...alarm(c), metrics: alarm(c).metrics.map((m) => ({ ...m, dimensions: ['UserName'] })) }]),
      })),
      expected: [['fail', 'no-alarm-on-metric']],
    },
    {
      name: "fails when the alarm's actions are disabled",
      snapshot: edit(cis, (c) => ({ alarms: ok([{ ...alarm(c), actionsEnabled: false }]) })),
      expected: [['fail', 'alarm-actions-disabled']],
    },
    {
      name: 'fails when the alarm notifies no SNS topic',
      snapshot: edit(cis, (c) => ({ alarms: ok([{ ...alarm(c), alarmActions: [`arn:aws:automate:${R}:ec2:stop`] }]) })),
      expected: [['fail', 'no-sns-topic-action']],
    },
    {
      name: 'fails when the topic has only a pending subscription',
      snapshot: edit(cis, () => ({ subscriptions: ok([{ topicArn: TOPIC, subscriptionArn: 'PendingConfirmation', protocol: 'email' }]) })),
      expected: [['fail', 'no-confirmed-subscriber']],
    },
    {
      name: 'is an error when the metric filters cannot be read',
      snapshot: edit(cis, () => ({ filters: denied('logs:DescribeMetricFilters') })),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'is an error when the subscriptions stay throttled',
      snapshot: edit(cis, () => ({ subscriptions: throttled('sns:ListSubscriptions') })),
      expected: [['error', 'error.throttled']],
    },
    {
      name: 'is an error when the trail status cannot be read',
      snapshot: edit(cis, () => ({ status: denied('cloudtrail:GetTrailStatus') })),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'is not applicable for an organisation trail managed from another account',
      snapshot: edit(cis, (c) => ({
        trail: { ...c.trail, isOrganizationTrail: true, arn: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org' },
        status: denied('cloudtrail:GetTrailStatus'),
      })),
      expected: [['not_applicable', 'judged-in-owning-account']],
    },
  ];
}

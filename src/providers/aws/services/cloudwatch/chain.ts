/**
 * The monitoring chain of CIS section 5, judged link by link: a multi-region trail that is
 * logging all management events → its CloudWatch Logs log group → a metric filter whose
 * parsed pattern counts every event of the item → an alarm on that metric with actions on →
 * an SNS topic among the alarm's actions → at least one confirmed subscription.
 */
import type { CheckContext, Finding } from '../../../../model/check.js';
import type { FetchError, Fetched } from '../../../../model/fetched.js';
import { missingData } from '../../../../model/fetched.js';
import type { InventoryKey } from '../../../../model/keys.js';
import { accountResource, errorFinding, fail, lookup, notApplicable, pass, readFetched } from '../../../check-kit.js';
import { CLOUDTRAIL_EVENT_SELECTORS, CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_TRAILS, type CloudTrailTrail } from '../cloudtrail/state.js';
import { coversPattern, parseFilterPattern } from './filter-pattern.js';
import { type MonitoringItem, requiredPatterns } from './monitoring-items.js';
import {
  CLOUDWATCH_ALARMS,
  CLOUDWATCH_METRIC_FILTERS,
  type MetricAlarm,
  type MetricFilter,
  type MetricRef,
  SNS_SUBSCRIPTIONS,
} from './state.js';

/** The keys every monitoring check reads. */
export const CHAIN_KEYS = [
  CLOUDTRAIL_TRAILS,
  CLOUDTRAIL_TRAIL_STATUS,
  CLOUDTRAIL_EVENT_SELECTORS,
  CLOUDWATCH_METRIC_FILTERS,
  CLOUDWATCH_ALARMS,
  SNS_SUBSCRIPTIONS,
] as const;

/** The links in order; a trail's outcome is the first one it lacks. */
const LINKS = ['trail', 'trail-logging', 'log-group', 'metric-filter', 'alarm', 'topic', 'subscriber'] as const;
type Link = (typeof LINKS)[number];

type Outcome =
  | { kind: 'complete'; message: string; observed: Record<string, unknown> }
  | { kind: 'missing'; link: Link; messageId: string; message: string; observed: Record<string, unknown> }
  | { kind: 'unreadable'; link: Link; error: FetchError; what: string }
  | { kind: 'elsewhere'; account: string; message: string };

const PENDING = new Set(['PendingConfirmation', 'Deleted']);

function arnParts(arn: string): { partition: string; service: string; region: string; account: string; resource: string } | undefined {
  const p = arn.split(':');
  if (p.length < 6 || p[0] !== 'arn') return undefined;
  return { partition: p[1]!, service: p[2]!, region: p[3]!, account: p[4]!, resource: p.slice(5).join(':') };
}

function notScanned(region: string, api: string, what: string): FetchError {
  return missingData(api, `${what} is in region ${region}, which this scan did not cover`, api);
}

/** A regional key's value, or why it cannot be had (including a region outside the scan). */
function regional<T>(ctx: CheckContext, key: InventoryKey<T>, region: string, api: string, what: string): Fetched<T> {
  if (!ctx.snapshot.regions.includes(region)) return { ok: false, error: notScanned(region, api, what) };
  return readFetched(ctx, key, region);
}

const sameDimensions = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((d, i) => d === [...b].sort()[i]);

function alarmWatches(alarm: MetricAlarm, m: MetricRef): boolean {
  return alarm.metrics.some((x) => x.namespace === m.namespace && x.name === m.name && sameDimensions(x.dimensions, m.dimensions));
}

const describeEvent = (e: Record<string, unknown>): string =>
  Object.entries(e)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(', ') || 'an event with none of the fields';

/** Follow one trail's chain as far as it goes. */
function followTrail(ctx: CheckContext, item: MonitoringItem, t: CloudTrailTrail, homeRegion: string): Outcome {
  const owner = arnParts(t.arn)?.account ?? ctx.snapshot.account;
  const status = lookup(ctx, CLOUDTRAIL_TRAIL_STATUS, t.arn, homeRegion);
  const selectors = lookup(ctx, CLOUDTRAIL_EVENT_SELECTORS, t.arn, homeRegion);
  const base = { trail: t.name, trailHomeRegion: t.homeRegion };
  if (status.ok && !status.value.isLogging) {
    return {
      kind: 'missing',
      link: 'trail-logging',
      messageId: 'trail-not-logging',
      message: `trail ${t.name} is not logging`,
      observed: base,
    };
  }
  if (selectors.ok && selectors.value.managementEvents !== 'all') {
    return {
      kind: 'missing',
      link: 'trail-logging',
      messageId: 'trail-not-recording-all-management-events',
      message: `trail ${t.name} records ${selectors.value.managementEvents} management events, not read and write`,
      observed: { ...base, managementEvents: selectors.value.managementEvents },
    };
  }
  if (!status.ok || !selectors.ok) {
    const error = (!status.ok ? status.error : !selectors.ok ? selectors.error : undefined)!;
    if (t.isOrganizationTrail && owner !== ctx.snapshot.account) {
      return {
        kind: 'elsewhere',
        account: owner,
        message: `organisation trail ${t.name} is managed from account ${owner}; its ${error.api} answer could not be read here`,
      };
    }
    return { kind: 'unreadable', link: 'trail-logging', error, what: `trail ${t.name}` };
  }
  const excluded = selectors.value.excludedManagementEventSources.filter((s) => item.eventSources.includes(s));
  if (excluded.length) {
    return {
      kind: 'missing',
      link: 'trail-logging',
      messageId: 'trail-excludes-event-source',
      message: `trail ${t.name} excludes ${excluded.join(', ')} from its management events`,
      observed: { ...base, excludedManagementEventSources: excluded },
    };
  }
  if (!t.cloudWatchLogsLogGroupArn) {
    return {
      kind: 'missing',
      link: 'log-group',
      messageId: 'trail-not-delivering-to-cloudwatch-logs',
      message: `trail ${t.name} does not deliver to a CloudWatch Logs log group`,
      observed: base,
    };
  }
  const group = arnParts(t.cloudWatchLogsLogGroupArn);
  const groupName = group?.resource.replace(/^log-group:/, '').replace(/:\*$/, '');
  if (!group || !groupName) {
    return {
      kind: 'unreadable',
      link: 'log-group',
      error: missingData(
        'cloudtrail:DescribeTrails',
        `unreadable log group ARN ${t.cloudWatchLogsLogGroupArn}`,
        'cloudtrail:DescribeTrails',
      ),
      what: `trail ${t.name}`,
    };
  }
  if (group.account !== ctx.snapshot.account) {
    return {
      kind: 'elsewhere',
      account: group.account,
      message: `trail ${t.name} delivers to log group ${groupName} in account ${group.account}`,
    };
  }
  const withGroup = { ...base, logGroup: groupName, logGroupRegion: group.region };
  const filters = regional(ctx, CLOUDWATCH_METRIC_FILTERS, group.region, 'logs:DescribeMetricFilters', `log group ${groupName}`);
  if (!filters.ok) return { kind: 'unreadable', link: 'metric-filter', error: filters.error, what: `metric filters of ${groupName}` };
  const onGroup = filters.value.filter((f) => f.logGroupName === groupName);
  const covering: MetricFilter[] = [];
  const misses: string[] = [];
  const unjudged: string[] = [];
  for (const f of onGroup) {
    const parsed = parseFilterPattern(f.pattern);
    if (!parsed.ok) {
      misses.push(`"${f.name}" is not a JSON pattern CloudTrail fields can be matched by (${parsed.reason})`);
      continue;
    }
    const results = requiredPatterns(item).map((r) => coversPattern(parsed.node, r));
    if (results.some((r) => r.covers === true)) covering.push(f);
    else if (results.some((r) => r.covers === 'unknown')) unjudged.push(f.name);
    else {
      const miss = results.find((r) => r.covers === false);
      if (miss && miss.covers === false) misses.push(`"${f.name}" does not count ${describeEvent(miss.missed)}`);
    }
  }
  if (!covering.length) {
    if (unjudged.length) {
      return {
        kind: 'unreadable',
        link: 'metric-filter',
        error: missingData(
          'logs:DescribeMetricFilters',
          `the pattern of metric filter ${unjudged[0]} reads too many values to be judged`,
          'logs:DescribeMetricFilters',
        ),
        what: `metric filters of ${groupName}`,
      };
    }
    const detail = misses.length ? `: ${misses.slice(0, 2).join('; ')}${misses.length > 2 ? `; and ${misses.length - 2} more` : ''}` : '';
    return {
      kind: 'missing',
      link: 'metric-filter',
      messageId: 'no-covering-metric-filter',
      message: `log group ${groupName} (trail ${t.name}) has ${onGroup.length} metric filter(s), none counting every event of ${item.subject}${detail}`,
      observed: { ...withGroup, metricFilters: onGroup.map((f) => ({ name: f.name, pattern: f.pattern })) },
    };
  }
  const metrics = covering.flatMap((f) => f.metrics);
  const withFilter = { ...withGroup, metricFilters: covering.map((f) => f.name), metrics: metrics.map((m) => `${m.namespace}/${m.name}`) };
  const alarms = regional(ctx, CLOUDWATCH_ALARMS, group.region, 'cloudwatch:DescribeAlarms', `metric ${metrics[0]?.name ?? ''}`);
  if (!alarms.ok) return { kind: 'unreadable', link: 'alarm', error: alarms.error, what: `alarms in ${group.region}` };
  const watching = alarms.value.filter((a) => metrics.some((m) => alarmWatches(a, m)));
  const metricNames = withFilter.metrics.join(', ') || '(no metric transformation)';
  if (!watching.length) {
    return {
      kind: 'missing',
      link: 'alarm',
      messageId: 'no-alarm-on-metric',
      message: `no alarm in ${group.region} watches metric ${metricNames} of filter ${covering[0]!.name}`,
      observed: withFilter,
    };
  }
  const active = watching.filter((a) => a.actionsEnabled);
  if (!active.length) {
    return {
      kind: 'missing',
      link: 'alarm',
      messageId: 'alarm-actions-disabled',
      message: `alarm ${watching[0]!.name} on ${metricNames} has its actions disabled`,
      observed: { ...withFilter, alarms: watching.map((a) => a.name) },
    };
  }
  const withAlarm = { ...withFilter, alarms: active.map((a) => a.name) };
  const topics = [...new Set(active.flatMap((a) => a.alarmActions.filter((x) => arnParts(x)?.service === 'sns')))];
  if (!topics.length) {
    return {
      kind: 'missing',
      link: 'topic',
      messageId: 'no-sns-topic-action',
      message: `alarm ${active[0]!.name} notifies no SNS topic`,
      observed: withAlarm,
    };
  }
  let firstUnreadable: Outcome | undefined;
  for (const topic of topics) {
    const tp = arnParts(topic)!;
    if (tp.account !== ctx.snapshot.account) {
      firstUnreadable ??= {
        kind: 'unreadable',
        link: 'subscriber',
        error: {
          kind: 'unsupported',
          api: 'sns:ListSubscriptions',
          action: 'sns:ListSubscriptions',
          message: `topic ${topic} belongs to account ${tp.account}, whose subscriptions this account cannot list`,
        },
        what: `subscribers of ${topic}`,
      };
      continue;
    }
    const subs = regional(ctx, SNS_SUBSCRIPTIONS, tp.region, 'sns:ListSubscriptions', `topic ${topic}`);
    if (!subs.ok) {
      firstUnreadable ??= { kind: 'unreadable', link: 'subscriber', error: subs.error, what: `subscribers of ${topic}` };
      continue;
    }
    const confirmed = subs.value.filter((s) => s.topicArn === topic && !PENDING.has(s.subscriptionArn));
    if (confirmed.length) {
      return {
        kind: 'complete',
        message:
          `Trail ${t.name} delivers to log group ${groupName}; metric filter ${covering[0]!.name} counts ${item.subject}; ` +
          `alarm ${active[0]!.name} notifies topic ${topic}, which has ${confirmed.length} confirmed subscription(s).`,
        observed: {
          ...withAlarm,
          topic,
          confirmedSubscriptions: confirmed.length,
          protocols: [...new Set(confirmed.map((s) => s.protocol))],
        },
      };
    }
  }
  if (firstUnreadable) return firstUnreadable;
  return {
    kind: 'missing',
    link: 'subscriber',
    messageId: 'no-confirmed-subscriber',
    message: `topic ${topics.join(', ')} of alarm ${active[0]!.name} has no confirmed subscription`,
    observed: { ...withAlarm, topics },
  };
}

/** One account-level finding: pass if any trail's chain is whole, else the furthest missing link. */
export function evaluateMonitoring(ctx: CheckContext, item: MonitoringItem): Finding[] {
  const account = accountResource(ctx);
  const outcomes: Outcome[] = [];
  const listErrors: FetchError[] = [];
  for (const region of ctx.snapshot.regions) {
    const trails = readFetched(ctx, CLOUDTRAIL_TRAILS, region);
    if (!trails.ok) {
      listErrors.push(trails.error);
      continue;
    }
    for (const t of trails.value.filter((x) => x.isMultiRegion)) outcomes.push(followTrail(ctx, item, t, region));
  }
  const complete = outcomes.find((o) => o.kind === 'complete');
  if (complete && complete.kind === 'complete') return [pass(account, 'monitored', complete.message, complete.observed)];
  const elsewhere = outcomes.find((o) => o.kind === 'elsewhere');
  if (elsewhere && elsewhere.kind === 'elsewhere') {
    return [
      notApplicable(
        account,
        'judged-in-owning-account',
        `Monitoring of ${item.subject} cannot be followed from this account: ${elsewhere.message}. It is judged in the scan of account ${elsewhere.account}.`,
        { account: elsewhere.account },
      ),
    ];
  }
  const unreadable = outcomes.find((o) => o.kind === 'unreadable');
  if (listErrors.length || unreadable) {
    const error = listErrors[0] ?? (unreadable as Extract<Outcome, { kind: 'unreadable' }>).error;
    const what = listErrors.length ? 'the trails' : (unreadable as Extract<Outcome, { kind: 'unreadable' }>).what;
    return [errorFinding(account, error, `whether ${item.subject} are monitored (${what})`)];
  }
  const missing = outcomes.filter((o): o is Extract<Outcome, { kind: 'missing' }> => o.kind === 'missing');
  if (!missing.length) {
    return [
      fail(
        account,
        'no-multi-region-trail',
        `Link missing: trail. No multi-region trail is homed in any scanned region, so ${item.subject} are not monitored.`,
        { multiRegionTrails: 0 },
      ),
    ];
  }
  const furthest = missing.reduce((a, b) => (LINKS.indexOf(b.link) > LINKS.indexOf(a.link) ? b : a));
  const others = missing.length > 1 ? ` ${missing.length - 1} other multi-region trail(s) stop earlier or at the same link.` : '';
  return [
    fail(account, furthest.messageId, `Link missing: ${furthest.link}. For ${item.subject}, ${furthest.message}.${others}`, {
      missingLink: furthest.link,
      ...furthest.observed,
    }),
  ];
}

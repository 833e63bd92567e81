import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ListSubscriptionsCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { cloudWatchChecks } from './checks.js';
import { CLOUDWATCH_ALARMS, CLOUDWATCH_METRIC_FILTERS, SNS_SUBSCRIPTIONS } from './state.js';

let logs = mockClient(CloudWatchLogsClient);
let cw = mockClient(CloudWatchClient);
let sns = mockClient(SNSClient);
afterEach(() => {
  logs.reset();
  cw.reset();
  sns.reset();
});

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], key: string, region = R) => inv[key]![region]!.result;

describe('aws.cloudwatch.metricFilters', () => {
  it('follows pages of the region-wide listing and keeps pattern, group and metrics', async () => {
    logs
      .on(DescribeMetricFiltersCommand)
      .resolvesOnce({
        metricFilters: [
          {
            filterName: 'root',
            logGroupName: '/trail',
            filterPattern: '{ $.userIdentity.type = Root }',
            metricTransformations: [
              { metricName: 'root', metricNamespace: 'CIS', metricValue: '1', dimensions: { User: '$.u', Acct: '$.a' } },
            ],
          },
        ],
        nextToken: 't1',
      })
      .resolvesOnce({
        metricFilters: [{ filterName: 'any', logGroupName: '/app', metricTransformations: [] }, { filterName: 'nameless' }],
      });
    const { inventory } = await collect([CLOUDWATCH_METRIC_FILTERS]);
    expect(logs.commandCalls(DescribeMetricFiltersCommand)[0]!.args[0].input).not.toHaveProperty('logGroupName');
    expect(logs.commandCalls(DescribeMetricFiltersCommand)[1]!.args[0].input).toMatchObject({ nextToken: 't1' });
    expect(result(inventory, 'aws.cloudwatch.metricFilters')).toEqual({
      ok: true,
      value: [
        { name: 'any', logGroupName: '/app', pattern: '', metrics: [] },
        {
          name: 'root',
          logGroupName: '/trail',
          pattern: '{ $.userIdentity.type = Root }',
          metrics: [{ namespace: 'CIS', name: 'root', dimensions: ['Acct', 'User'] }],
        },
      ],
    });
  });

  it('classifies AccessDenied with the action needed', async () => {
    logs.on(DescribeMetricFiltersCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([CLOUDWATCH_METRIC_FILTERS]);
    expect(result(inventory, 'aws.cloudwatch.metricFilters')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'logs:DescribeMetricFilters', action: 'logs:DescribeMetricFilters' },
    });
  });
});

describe('aws.cloudwatch.alarms', () => {
  it('follows pages, asks for metric alarms only, and reads metric-math alarms too', async () => {
    cw.on(DescribeAlarmsCommand)
      .resolvesOnce({
        MetricAlarms: [
          {
            AlarmName: 'b',
            AlarmArn: 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:b',
            ActionsEnabled: false,
            AlarmActions: ['arn:aws:sns:us-east-1:111122223333:t'],
            Namespace: 'CIS',
            MetricName: 'root',
            Dimensions: [{ Name: 'User', Value: 'x' }],
          },
        ],
        NextToken: 'n1',
      })
      .resolvesOnce({
        MetricAlarms: [
          {
            AlarmName: 'a',
            Metrics: [
              { Id: 'm1', MetricStat: { Metric: { Namespace: 'CIS', MetricName: 'iam' }, Period: 300, Stat: 'Sum' } },
              { Id: 'e1', Expression: 'm1*2' },
            ],
          },
        ],
      });
    const { inventory } = await collect([CLOUDWATCH_ALARMS]);
    const calls = cw.commandCalls(DescribeAlarmsCommand);
    expect(calls[0]!.args[0].input).toMatchObject({ AlarmTypes: ['MetricAlarm'] });
    expect(calls[1]!.args[0].input).toMatchObject({ NextToken: 'n1' });
    expect(result(inventory, 'aws.cloudwatch.alarms')).toEqual({
      ok: true,
      value: [
        {
          name: 'a',
          arn: 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:a',
          actionsEnabled: true,
          alarmActions: [],
          metrics: [{ namespace: 'CIS', name: 'iam', dimensions: [] }],
        },
        {
          name: 'b',
          arn: 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:b',
          actionsEnabled: false,
          alarmActions: ['arn:aws:sns:us-east-1:111122223333:t'],
          metrics: [{ namespace: 'CIS', name: 'root', dimensions: ['User'] }],
        },
      ],
    });
  });

  it('classifies AccessDenied with the action needed', async () => {
    cw.on(DescribeAlarmsCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([CLOUDWATCH_ALARMS]);
    expect(result(inventory, 'aws.cloudwatch.alarms')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'cloudwatch:DescribeAlarms', action: 'cloudwatch:DescribeAlarms' },
    });
  });
});

describe('aws.sns.subscriptions', () => {
  it('follows pages and keeps pending subscriptions as AWS reports them', async () => {
    const topic = 'arn:aws:sns:us-east-1:111122223333:alerts';
    sns
      .on(ListSubscriptionsCommand)
      .resolvesOnce({
        Subscriptions: [{ TopicArn: topic, SubscriptionArn: 'PendingConfirmation', Protocol: 'email', Endpoint: 'a@example.com' }],
        NextToken: 'p2',
      })
      .resolvesOnce({ Subscriptions: [{ TopicArn: topic, SubscriptionArn: `${topic}:1`, Protocol: 'https' }] });
    const { inventory } = await collect([SNS_SUBSCRIPTIONS]);
    expect(sns.commandCalls(ListSubscriptionsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 'p2' });
    // Endpoints (email addresses, URLs) are not kept: the checks need only whether one is confirmed.
    expect(result(inventory, 'aws.sns.subscriptions')).toEqual({
      ok: true,
      value: [
        { topicArn: topic, subscriptionArn: 'PendingConfirmation', protocol: 'email' },
        { topicArn: topic, subscriptionArn: `${topic}:1`, protocol: 'https' },
      ],
    });
  });

  it('classifies AuthorizationError as denied', async () => {
    sns.on(ListSubscriptionsCommand).rejects(awsError('AuthorizationError', 403));
    const { inventory } = await collect([SNS_SUBSCRIPTIONS]);
    expect(result(inventory, 'aws.sns.subscriptions')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'sns:ListSubscriptions', action: 'sns:ListSubscriptions' },
    });
  });
});

describe('the monitoring checks together', () => {
  it('read each listing once per region, however many of the 15 checks run', async () => {
    logs.on(DescribeMetricFiltersCommand).resolves({ metricFilters: [] });
    cw.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
    sns.on(ListSubscriptionsCommand).resolves({ Subscriptions: [] });
    await collect(
      [...cloudWatchChecks].map((c) => ({ ...c, meta: { ...c.meta, requires: c.meta.requires.slice(3) } })),
      {
        regions: ['eu-west-1', R],
      },
    );
    expect(logs.commandCalls(DescribeMetricFiltersCommand)).toHaveLength(2);
    expect(cw.commandCalls(DescribeAlarmsCommand)).toHaveLength(2);
    expect(sns.commandCalls(ListSubscriptionsCommand)).toHaveLength(2);
  });

  it('lets the SDK retry throttling on each listing, then succeeds', async () => {
    logs.restore();
    cw.restore();
    sns.restore();
    try {
      const filters = throttledThen({ metricFilters: [{ filterName: 'f', logGroupName: '/g', filterPattern: '' }] }, 2);
      const alarms = throttledThen({ MetricAlarms: [{ AlarmName: 'a', Namespace: 'N', MetricName: 'M' }] }, 1, 'Throttling');
      const subs = throttledThen({ Subscriptions: [] }, 2, 'ThrottledException');
      const { inventory, stats } = await collect([CLOUDWATCH_METRIC_FILTERS, CLOUDWATCH_ALARMS, SNS_SUBSCRIPTIONS], {
        client: { configure: fakeService({ DescribeMetricFilters: filters, DescribeAlarms: alarms, ListSubscriptions: subs }) },
      });
      expect(result(inventory, 'aws.cloudwatch.metricFilters')).toMatchObject({ ok: true, value: [{ name: 'f', pattern: '' }] });
      expect(result(inventory, 'aws.cloudwatch.alarms')).toMatchObject({ ok: true, value: [{ name: 'a' }] });
      expect(result(inventory, 'aws.sns.subscriptions')).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['logs:DescribeMetricFilters']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
      expect(stats.toJSON()['cloudwatch:DescribeAlarms']).toMatchObject({ calls: 1, attempts: 2, throttles: 1, errors: 0 });
      expect(stats.toJSON()['sns:ListSubscriptions']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      logs = mockClient(CloudWatchLogsClient);
      cw = mockClient(CloudWatchClient);
      sns = mockClient(SNSClient);
    }
  });
});

import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

/**
 * The four metric filters on the org-trail log group (us-east-1; other regions have none):
 * root use and IAM policy changes alarm to `security-alerts`, which has a confirmed email
 * subscriber (pass); CloudTrail changes alarm to `ops-alerts`, whose only subscription is still
 * pending (fails at the subscriber); the unauthorised-calls filter counts AccessDenied only
 * (fails at the filter). Every other monitoring item has no filter at all.
 */
const R = 'us-east-1';
const GROUP = '/aws/cloudtrail/org-trail';
const topic = (name: string): string => `arn:aws:sns:${R}:${DEMO_ACCOUNT}:${name}`;

const FILTERS = [
  {
    filterName: 'cis-root-usage',
    pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  },
  {
    filterName: 'cis-iam-policy-changes',
    pattern:
      '{ ($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||' +
      '($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||' +
      '($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||' +
      '($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy) }',
  },
  {
    filterName: 'cis-cloudtrail-changes',
    pattern:
      '{ ($.eventName = StopLogging) || ($.eventName = DeleteTrail) || ($.eventName = UpdateTrail) || ($.eventName = CreateTrail) || ($.eventName = StartLogging) }',
  },
  { filterName: 'access-denied', pattern: '{ $.errorCode = "AccessDenied*" }' },
].map((f) => ({
  ...f,
  logGroupName: GROUP,
  filterPattern: f.pattern,
  metricTransformations: [{ metricName: f.filterName, metricNamespace: 'CISBenchmark', metricValue: '1' }],
}));

const ALARMS = [
  ['cis-root-usage', 'security-alerts'],
  ['cis-iam-policy-changes', 'security-alerts'],
  ['cis-cloudtrail-changes', 'ops-alerts'],
].map(([metric, to]) => ({
  AlarmName: `${metric}-alarm`,
  AlarmArn: `arn:aws:cloudwatch:${R}:${DEMO_ACCOUNT}:alarm:${metric}-alarm`,
  ActionsEnabled: true,
  AlarmActions: [topic(to!)],
  Namespace: 'CISBenchmark',
  MetricName: metric,
  Statistic: 'Sum',
  Period: 300,
  Threshold: 1,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  EvaluationPeriods: 1,
  StateValue: 'OK',
}));

const SUBSCRIPTIONS = [
  {
    SubscriptionArn: `${topic('security-alerts')}:5a1c7d2e-0000-4000-8000-000000000001`,
    Owner: DEMO_ACCOUNT,
    Protocol: 'email',
    Endpoint: 'secops@example.com',
    TopicArn: topic('security-alerts'),
  },
  {
    SubscriptionArn: 'PendingConfirmation',
    Owner: DEMO_ACCOUNT,
    Protocol: 'email',
    Endpoint: 'ops@example.com',
    TopicArn: topic('ops-alerts'),
  },
];

export const demoCloudWatch: Partial<Record<string, FakeHandlers>> = {
  logs: {
    DescribeMetricFilters: (_input, region) => ({ metricFilters: region === R ? FILTERS : [] }),
  },
  cloudwatch: {
    DescribeAlarms: (_input, region) => ({ MetricAlarms: region === R ? ALARMS : [], CompositeAlarms: [] }),
  },
  sns: {
    ListSubscriptions: (_input, region) => ({ Subscriptions: region === R ? SUBSCRIPTIONS : [] }),
  },
};

import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { logsLogGroupRetention } from './checks/aws.logs.log-group-retention.js';
import { LOGS_LOG_GROUPS } from './state.js';

let logs = mockClient(CloudWatchLogsClient);
afterEach(() => logs.reset());

const arn = (name: string, region = 'us-east-1') => `arn:aws:logs:${region}:111122223333:log-group:${name}`;

describe('aws.logs.logGroups', () => {
  it('follows DescribeLogGroups pages and keeps a small shape', async () => {
    logs
      .on(DescribeLogGroupsCommand)
      .resolvesOnce({
        logGroups: [{ logGroupName: '/b', arn: `${arn('/b')}:*`, retentionInDays: 14, storedBytes: 10, metricFilterCount: 3 }],
        nextToken: 't1',
      })
      .resolvesOnce({
        logGroups: [
          { logGroupName: '/a', logGroupArn: arn('/a'), kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k', logGroupClass: 'STANDARD' },
          { logGroupName: '/v', logGroupArn: arn('/v'), retentionInDays: 1, logGroupClass: 'DELIVERY' },
        ],
      });
    const { inventory } = await collect([LOGS_LOG_GROUPS]);
    expect(logs.commandCalls(DescribeLogGroupsCommand)[1]!.args[0].input).toMatchObject({ nextToken: 't1' });
    expect(inventory['aws.logs.logGroups']!['us-east-1']!.result).toEqual({
      ok: true,
      value: [
        // No retentionInDays from the API means the events never expire.
        { name: '/a', arn: arn('/a'), retentionInDays: null, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' },
        { name: '/b', arn: arn('/b'), retentionInDays: 14, storedBytes: 10 },
        { name: '/v', arn: arn('/v'), retentionInDays: 1, logGroupClass: 'DELIVERY' },
      ],
    });
  });

  it('classifies AccessDenied with the IAM action needed', async () => {
    logs.on(DescribeLogGroupsCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([LOGS_LOG_GROUPS], { regions: ['eu-west-1', 'us-east-1'] });
    for (const region of ['eu-west-1', 'us-east-1']) {
      expect(inventory['aws.logs.logGroups']![region]!.result).toMatchObject({
        ok: false,
        error: { kind: 'denied', api: 'logs:DescribeLogGroups', action: 'logs:DescribeLogGroups' },
      });
    }
  });

  it('lists each region once however many checks need it', async () => {
    logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [{ logGroupName: '/a', retentionInDays: 400 }] });
    const twin = { ...logsLogGroupRetention, meta: { ...logsLogGroupRetention.meta, id: 'twin' } };
    const { inventory } = await collect([logsLogGroupRetention, twin], { regions: ['eu-west-1', 'us-east-1'] });
    expect(logs.commandCalls(DescribeLogGroupsCommand)).toHaveLength(2);
    expect(inventory['aws.logs.logGroups']!['eu-west-1']!.result).toMatchObject({
      ok: true,
      value: [{ name: '/a', arn: arn('/a', 'eu-west-1') }],
    });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    logs.restore();
    try {
      const page = throttledThen({ logGroups: [{ logGroupName: '/a', retentionInDays: 30 }] }, 2);
      const { inventory, stats } = await collect([LOGS_LOG_GROUPS], { client: { configure: fakeService({ DescribeLogGroups: page }) } });
      expect(inventory['aws.logs.logGroups']!['us-east-1']!.result).toMatchObject({
        ok: true,
        value: [{ name: '/a', retentionInDays: 30 }],
      });
      expect(page.calls).toBe(3);
      expect(stats.toJSON()['logs:DescribeLogGroups']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      logs = mockClient(CloudWatchLogsClient);
    }
  });
});

import { api } from '../../../../inventory/collector.js';
import type { AwsCollector } from '../../context.js';
import { LOGS_LOG_GROUPS, type LogGroup } from './state.js';

const DESCRIBE_LOG_GROUPS = api('logs:DescribeLogGroups');

const logGroups: AwsCollector<LogGroup[]> = {
  key: LOGS_LOG_GROUPS,
  service: 'logs',
  apis: [DESCRIBE_LOG_GROUPS],
  async collect(ctx, region) {
    const { paginateDescribeLogGroups } = await import('@aws-sdk/client-cloudwatch-logs');
    const client = await ctx.client('logs', region);
    const out: LogGroup[] = [];
    await ctx.call(DESCRIBE_LOG_GROUPS, async () => {
      // 50 is the API's maximum page size; large accounts have hundreds of thousands of groups.
      for await (const page of paginateDescribeLogGroups({ client, pageSize: 50 }, {})) {
        for (const g of page.logGroups ?? []) {
          if (!g.logGroupName) continue;
          out.push({
            name: g.logGroupName,
            arn:
              g.logGroupArn ??
              g.arn?.replace(/:\*$/, '') ??
              `arn:${ctx.account.partition}:logs:${region}:${ctx.account.id}:log-group:${g.logGroupName}`,
            // The API omits retentionInDays for groups whose events never expire.
            retentionInDays: g.retentionInDays ?? null,
            ...(g.kmsKeyId ? { kmsKeyId: g.kmsKeyId } : {}),
            ...(g.storedBytes !== undefined ? { storedBytes: g.storedBytes } : {}),
            ...(g.logGroupClass && g.logGroupClass !== 'STANDARD' ? { logGroupClass: g.logGroupClass } : {}),
          });
        }
      }
    });
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  },
};

export const logsCollectors: readonly AwsCollector<unknown>[] = [logGroups] as readonly AwsCollector<unknown>[];

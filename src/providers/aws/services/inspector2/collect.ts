import { api } from '../../../../inventory/collector.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { INSPECTOR_STATUS, type InspectorStatus } from './state.js';

const INSPECTOR = awsClient('inspector2', 'inspector2', async () => (await import('@aws-sdk/client-inspector2')).Inspector2Client);

const GET_STATUS = api('inspector2:BatchGetAccountStatus');

const status: AwsCollector<InspectorStatus> = {
  key: INSPECTOR_STATUS,
  service: 'inspector2',
  apis: [GET_STATUS],
  async collect(ctx, region) {
    const { BatchGetAccountStatusCommand } = await import('@aws-sdk/client-inspector2');
    const client = await ctx.client(INSPECTOR, region);
    const out = await ctx.call(GET_STATUS, () => client.send(new BatchGetAccountStatusCommand({ accountIds: [ctx.account.id] })));
    const mine = out.accounts?.find((a) => a.accountId === ctx.account.id);
    if (!mine) {
      // The call succeeded but listed the account under failedAccounts: an error, never "disabled".
      const why = out.failedAccounts?.find((a) => a.accountId === ctx.account.id);
      const detail = why ? `: ${why.errorCode} ${why.errorMessage ?? ''}`.trimEnd() : '';
      throw Object.assign(new Error(`BatchGetAccountStatus gave no status for the account${detail}`), { name: 'InternalError' });
    }
    const rs = (mine.resourceState ?? {}) as Record<string, { status?: string } | undefined>;
    return {
      account: mine.state?.status ?? 'UNKNOWN',
      scans: Object.fromEntries(Object.entries(rs).flatMap(([k, v]) => (v?.status ? [[k, v.status]] : []))),
    };
  },
};

export const inspector2Collectors: readonly AwsCollector<unknown>[] = [status] as readonly AwsCollector<unknown>[];

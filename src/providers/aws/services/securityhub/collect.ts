import { api } from '../../../../inventory/collector.js';
import type { AwsCollector } from '../../context.js';
import { errorCode } from '../../errors.js';
import { SECURITYHUB_HUB, type SecurityHub } from './state.js';

const DESCRIBE_HUB = api('securityhub:DescribeHub');

/**
 * Security Hub answers "not enabled here" with InvalidAccessException ("Account … is not
 * subscribed to AWS Security Hub"). That code is also used for other refusals, so only the
 * not-subscribed message counts as data; AccessDenied and everything else stay errors.
 */
export function isNotSubscribed(err: unknown): boolean {
  const message = err instanceof Error ? err.message : '';
  return errorCode(err) === 'InvalidAccessException' && /not subscribed/i.test(message);
}

const hub: AwsCollector<SecurityHub | null> = {
  key: SECURITYHUB_HUB,
  service: 'securityhub',
  apis: [DESCRIBE_HUB],
  async collect(ctx, region) {
    const { DescribeHubCommand } = await import('@aws-sdk/client-securityhub');
    const client = await ctx.client('securityhub', region);
    // DescribeHub describes this account's single hub in the region; it has no pagination.
    return ctx.call(DESCRIBE_HUB, async () => {
      try {
        const out = await client.send(new DescribeHubCommand({}));
        if (!out.HubArn) throw new Error('DescribeHub answered without a HubArn');
        return {
          hubArn: out.HubArn,
          ...(out.SubscribedAt ? { subscribedAt: out.SubscribedAt } : {}),
          ...(out.AutoEnableControls !== undefined ? { autoEnableControls: out.AutoEnableControls } : {}),
        };
      } catch (err) {
        if (isNotSubscribed(err)) return null;
        throw err;
      }
    });
  },
};

export const securityHubCollectors: readonly AwsCollector<unknown>[] = [hub] as readonly AwsCollector<unknown>[];

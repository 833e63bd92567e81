import { api } from '../../../../inventory/collector.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { errorCode } from '../../errors.js';
import { MACIE_SESSION, type MacieSession } from './state.js';

const MACIE = awsClient('macie2', 'macie2', async () => (await import('@aws-sdk/client-macie2')).Macie2Client);

const GET_MACIE_SESSION = api('macie2:GetMacieSession');

/**
 * Macie answers a region where it was never enabled with AccessDeniedException and the message
 * "Macie is not enabled". Only that message means "off"; any other denial is a real one.
 */
function notEnabled(err: unknown): boolean {
  return errorCode(err) === 'AccessDeniedException' && /Macie is not enabled/i.test((err as Error).message ?? '');
}

const session: AwsCollector<MacieSession | null> = {
  key: MACIE_SESSION,
  service: 'macie2',
  apis: [GET_MACIE_SESSION],
  async collect(ctx, region) {
    const { GetMacieSessionCommand } = await import('@aws-sdk/client-macie2');
    const client = await ctx.client(MACIE, region);
    return ctx.call(GET_MACIE_SESSION, async () => {
      try {
        const out = await client.send(new GetMacieSessionCommand({}));
        return {
          status: out.status ?? 'UNKNOWN',
          ...(out.findingPublishingFrequency ? { findingPublishingFrequency: out.findingPublishingFrequency } : {}),
        };
      } catch (err) {
        if (notEnabled(err)) return null;
        throw err;
      }
    });
  },
};

export const macieCollectors: readonly AwsCollector<unknown>[] = [session] as readonly AwsCollector<unknown>[];

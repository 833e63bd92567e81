import { api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import type { AwsCollector } from '../../context.js';
import { GUARDDUTY_DETECTORS, type GuardDutyDetector } from './state.js';

const LIST_DETECTORS = api('guardduty:ListDetectors');
const GET_DETECTOR = api('guardduty:GetDetector');

const detectors: AwsCollector<PerResource<GuardDutyDetector>> = {
  key: GUARDDUTY_DETECTORS,
  service: 'guardduty',
  apis: [LIST_DETECTORS, GET_DETECTOR],
  async collect(ctx, region) {
    const { paginateListDetectors, GetDetectorCommand } = await import('@aws-sdk/client-guardduty');
    const client = await ctx.client('guardduty', region);
    const ids: string[] = [];
    await ctx.call(LIST_DETECTORS, async () => {
      for await (const page of paginateListDetectors({ client, pageSize: 50 }, {})) ids.push(...(page.DetectorIds ?? []));
    });
    // A region has at most one detector, but the API is a list, so each id is read on its own.
    return perResource(
      ids.sort(),
      (id) => id,
      async (id): Promise<Fetched<GuardDutyDetector>> => {
        const res = await ctx.attempt(GET_DETECTOR, () => client.send(new GetDetectorCommand({ DetectorId: id })));
        if (!res.ok) return res;
        const d = res.value;
        const features = Object.fromEntries((d?.Features ?? []).flatMap((f) => (f.Name && f.Status ? [[f.Name, f.Status]] : [])));
        return ok({
          detectorId: id,
          status: d?.Status ?? 'UNKNOWN',
          ...(d?.FindingPublishingFrequency ? { findingPublishingFrequency: d.FindingPublishingFrequency } : {}),
          features,
        });
      },
    );
  },
};

export const guardDutyCollectors: readonly AwsCollector<unknown>[] = [detectors] as readonly AwsCollector<unknown>[];

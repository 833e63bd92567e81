import { api, perResource } from '../../../../inventory/collector.js';
import type { Fetched } from '../../../../model/fetched.js';
import { type AdvancedSelector, type ClassicSelector, readSelectors } from '../../cloudtrail-selectors.js';
import type { AwsCollectContext, AwsCollector } from '../../context.js';
import { required } from '../../errors.js';
import {
  CLOUDTRAIL_EVENT_SELECTORS,
  CLOUDTRAIL_TRAIL_STATUS,
  CLOUDTRAIL_TRAILS,
  type CloudTrailTrail,
  type TrailEventSelectors,
  type TrailStatus,
} from './state.js';

const DESCRIBE_TRAILS = api('cloudtrail:DescribeTrails');
const GET_TRAIL_STATUS = api('cloudtrail:GetTrailStatus');
const GET_EVENT_SELECTORS = api('cloudtrail:GetEventSelectors');

const trails: AwsCollector<CloudTrailTrail[]> = {
  key: CLOUDTRAIL_TRAILS,
  service: 'cloudtrail',
  apis: [DESCRIBE_TRAILS],
  async collect(ctx, region) {
    const { DescribeTrailsCommand } = await import('@aws-sdk/client-cloudtrail');
    const client = await ctx.client('cloudtrail', region);
    // DescribeTrails has no pagination: one call returns every trail. Shadow trails must be
    // included: in a member account the organisation trail is only ever a shadow trail, so
    // `includeShadowTrails: false` would hide the trail that actually covers the account.
    // Keeping only trails homed in this region then lists each trail once across regions.
    const out = await ctx.call(DESCRIBE_TRAILS, () => client.send(new DescribeTrailsCommand({ includeShadowTrails: true })));
    const scanned = new Set(ctx.regions);
    const list: CloudTrailTrail[] = [];
    for (const t of out.trailList ?? []) {
      if (!t.Name || !t.TrailARN) continue;
      // A trail ARN carries its home region (arn:partition:cloudtrail:<home>:account:trail/name).
      const homeRegion = t.HomeRegion ?? t.TrailARN.split(':')[3] ?? '';
      // A multi-region trail homed outside the scan (say an organisation trail in the management
      // account's us-east-1, seen from a member scanned in eu-west-1) still covers the scanned
      // regions: its shadow is kept once, in the first scanned region, and read there by ARN.
      const shadowKept = t.IsMultiRegionTrail === true && !scanned.has(homeRegion) && region === ctx.regions[0];
      if (homeRegion !== region && !shadowKept) continue;
      list.push({
        name: t.Name,
        arn: t.TrailARN,
        homeRegion,
        // Checks judge these two flags; a trail listed without them fails the key (as a
        // DescribeTrails error) rather than reading as single-region or unvalidated.
        isMultiRegion: required(t.IsMultiRegionTrail, 'DescribeTrails', `IsMultiRegionTrail for ${t.Name}`),
        isOrganizationTrail: t.IsOrganizationTrail === true,
        ...(t.S3BucketName ? { s3BucketName: t.S3BucketName } : {}),
        ...(t.KmsKeyId ? { kmsKeyId: t.KmsKeyId } : {}),
        logFileValidationEnabled: required(t.LogFileValidationEnabled, 'DescribeTrails', `LogFileValidationEnabled for ${t.Name}`),
        ...(t.CloudWatchLogsLogGroupArn ? { cloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn } : {}),
        hasCustomEventSelectors: t.HasCustomEventSelectors === true,
        hasInsightSelectors: t.HasInsightSelectors === true,
      });
    }
    return list.sort((a, b) => a.arn.localeCompare(b.arn));
  },
};

/**
 * Run one per-trail call for every trail homed in the region, addressed by ARN (an
 * organisation trail seen from a member account is only reachable by ARN). Failures stay
 * per trail; the key fails as a whole only if the trail list did.
 */
async function perTrail<T>(
  ctx: AwsCollectContext,
  region: string,
  fn: (trail: CloudTrailTrail) => Promise<Fetched<T>>,
): Promise<Record<string, Fetched<T>>> {
  return perResource(await ctx.need(CLOUDTRAIL_TRAILS, region), (t) => t.arn, fn);
}

const iso = (d: Date | undefined): string | undefined => (d ? d.toISOString() : undefined);

const trailStatus: AwsCollector<Record<string, Fetched<TrailStatus>>> = {
  key: CLOUDTRAIL_TRAIL_STATUS,
  service: 'cloudtrail',
  apis: [GET_TRAIL_STATUS],
  dependsOn: [CLOUDTRAIL_TRAILS],
  async collect(ctx, region) {
    const { GetTrailStatusCommand } = await import('@aws-sdk/client-cloudtrail');
    const client = await ctx.client('cloudtrail', region);
    return perTrail(ctx, region, async (t) => {
      // Normalised inside the attempt, so a status without IsLogging is this trail's error, not "off".
      const res = await ctx.attempt(GET_TRAIL_STATUS, async (): Promise<TrailStatus> => {
        const s = await client.send(new GetTrailStatusCommand({ Name: t.arn }));
        return {
          isLogging: required(s.IsLogging, 'GetTrailStatus', 'IsLogging'),
          ...(s.LatestDeliveryTime ? { latestDeliveryTime: iso(s.LatestDeliveryTime) } : {}),
          ...(s.LatestDeliveryError ? { latestDeliveryError: s.LatestDeliveryError } : {}),
          ...(s.LatestCloudWatchLogsDeliveryTime ? { latestCloudWatchLogsDeliveryTime: iso(s.LatestCloudWatchLogsDeliveryTime) } : {}),
          ...(s.LatestCloudWatchLogsDeliveryError ? { latestCloudWatchLogsDeliveryError: s.LatestCloudWatchLogsDeliveryError } : {}),
        };
      });
      // No "not configured" codes are passed, so a successful attempt always carries a status.
      return res.ok ? { ok: true, value: res.value! } : res;
    });
  },
};

const eventSelectors: AwsCollector<Record<string, Fetched<TrailEventSelectors>>> = {
  key: CLOUDTRAIL_EVENT_SELECTORS,
  service: 'cloudtrail',
  apis: [GET_EVENT_SELECTORS],
  dependsOn: [CLOUDTRAIL_TRAILS],
  async collect(ctx, region) {
    const { GetEventSelectorsCommand } = await import('@aws-sdk/client-cloudtrail');
    const client = await ctx.client('cloudtrail', region);
    return perTrail(ctx, region, async (t) => {
      const res = await ctx.attempt(GET_EVENT_SELECTORS, () => client.send(new GetEventSelectorsCommand({ TrailName: t.arn })));
      if (!res.ok) return res;
      return { ok: true, value: normaliseSelectors(res.value?.EventSelectors, res.value?.AdvancedEventSelectors) };
    });
  },
};

export const cloudTrailCollectors: readonly AwsCollector<unknown>[] = [
  trails,
  trailStatus,
  eventSelectors,
] as readonly AwsCollector<unknown>[];

/** `GetEventSelectors` read with the shared selector semantics (see cloudtrail-selectors.ts). */
export function normaliseSelectors(
  classic: readonly ClassicSelector[] | undefined,
  advanced: readonly AdvancedSelector[] | undefined,
): TrailEventSelectors {
  return readSelectors(classic, advanced);
}

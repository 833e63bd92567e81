import { type CheckCases, denied, ok, type SnapshotBuilder, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import {
  CLOUDTRAIL_EVENT_SELECTORS,
  CLOUDTRAIL_TRAIL_STATUS,
  CLOUDTRAIL_TRAILS,
  type CloudTrailTrail,
  type TrailEventSelectors,
  type TrailStatus,
} from '../state.js';
import { cloudTrailMultiRegionTrailLogging as check } from './aws.cloudtrail.multi-region-trail-logging.js';
import { logging, selectors, trail } from './builders.fixtures.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

/** One trail homed in `region`, with its status and selectors; the other region has no trails. */
function account(
  t: CloudTrailTrail,
  status: Fetched<TrailStatus>,
  sel: Fetched<TrailEventSelectors>,
  region = 'us-east-1',
): SnapshotBuilder {
  const s = snapshot(REGIONS)
    .everyRegion(CLOUDTRAIL_TRAILS, [])
    .everyRegion(CLOUDTRAIL_TRAIL_STATUS, {})
    .everyRegion(CLOUDTRAIL_EVENT_SELECTORS, {});
  return s
    .regional(CLOUDTRAIL_TRAILS, region, [t])
    .regional(CLOUDTRAIL_TRAIL_STATUS, region, { [t.arn]: status })
    .regional(CLOUDTRAIL_EVENT_SELECTORS, region, { [t.arn]: sel });
}

const good = trail('org');
/** The organisation trail as a member account sees it: owned by the management account. */
const MANAGEMENT = '999988887777';
const orgTrail = trail('org-trail', { isOrganizationTrail: true, arn: `arn:aws:cloudtrail:us-east-1:${MANAGEMENT}:trail/org-trail` });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'logging multi-region trail with all management events passes',
      snapshot: account(good, ok(logging()), ok(selectors('all'))),
      expected: [['pass', 'multi-region-trail-logging']],
    },
    {
      name: 'a compliant trail passes even when another region could not be read',
      snapshot: account(good, ok(logging()), ok(selectors('all'))).regional(
        CLOUDTRAIL_TRAILS,
        'eu-west-1',
        denied('cloudtrail:DescribeTrails'),
      ),
      expected: [['pass', 'multi-region-trail-logging']],
    },
    {
      name: 'no trails at all fails',
      snapshot: snapshot(REGIONS).everyRegion(CLOUDTRAIL_TRAILS, []),
      expected: [['fail', 'no-multi-region-trail']],
    },
    {
      name: 'only a single-region trail fails',
      snapshot: account(trail('local', { isMultiRegion: false }), ok(logging()), ok(selectors('all'))),
      expected: [['fail', 'no-multi-region-trail']],
    },
    {
      name: 'stopped trail fails',
      snapshot: account(good, ok(logging({ isLogging: false })), ok(selectors('all'))),
      expected: [['fail', 'multi-region-trail-incomplete']],
    },
    {
      name: 'write-only management events fail',
      snapshot: account(good, ok(logging()), ok(selectors('writeOnly'))),
      expected: [['fail', 'multi-region-trail-incomplete']],
    },
    {
      name: 'no management events fail',
      snapshot: account(good, ok(logging()), ok(selectors('none'))),
      expected: [['fail', 'multi-region-trail-incomplete']],
    },
    {
      name: 'a denied region with no compliant trail elsewhere is an error, not a fail',
      snapshot: snapshot(REGIONS)
        .regional(CLOUDTRAIL_TRAILS, 'us-east-1', [])
        .regional(CLOUDTRAIL_TRAILS, 'eu-west-1', denied('cloudtrail:DescribeTrails')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'unreadable status of the only multi-region trail is an error',
      snapshot: account(good, throttled('cloudtrail:GetTrailStatus'), ok(selectors('all')), 'eu-west-1'),
      expected: [['error', 'error.throttled']],
    },
    {
      name: 'unreadable selectors are an error even when another trail is non-compliant',
      snapshot: account(good, ok(logging()), denied('cloudtrail:GetEventSelectors'))
        .regional(CLOUDTRAIL_TRAILS, 'eu-west-1', [trail('stopped', {}, 'eu-west-1')])
        .regional(CLOUDTRAIL_TRAIL_STATUS, 'eu-west-1', { [trail('stopped', {}, 'eu-west-1').arn]: ok(logging({ isLogging: false })) })
        .regional(CLOUDTRAIL_EVENT_SELECTORS, 'eu-west-1', { [trail('stopped', {}, 'eu-west-1').arn]: ok(selectors('all')) }),
      expected: [['error', 'error.denied']],
    },
    {
      name: "a member covered by the management account's organisation trail is judged there when its selectors are refused",
      snapshot: account(orgTrail, ok(logging()), denied('cloudtrail:GetEventSelectors')),
      expected: [['not_applicable', 'organization-trail-covers-account']],
    },
    {
      name: 'a member defers to the organisation trail when both per-trail reads are refused',
      snapshot: account(orgTrail, denied('cloudtrail:GetTrailStatus'), denied('cloudtrail:GetEventSelectors')),
      expected: [['not_applicable', 'organization-trail-covers-account']],
    },
    {
      name: 'an organisation trail the member can read as stopped fails, whatever its unreadable selectors say',
      snapshot: account(orgTrail, ok(logging({ isLogging: false })), denied('cloudtrail:GetEventSelectors')),
      expected: [['fail', 'multi-region-trail-incomplete']],
    },
    {
      name: 'a trail whose selectors record no management events fails even when its status is unreadable',
      snapshot: account(good, throttled('cloudtrail:GetTrailStatus'), ok(selectors('none'))),
      expected: [['fail', 'multi-region-trail-incomplete']],
    },
    {
      name: 'an organisation trail read as stopped fails',
      snapshot: account(orgTrail, ok(logging({ isLogging: false })), ok(selectors('all'))),
      expected: [['fail', 'multi-region-trail-incomplete']],
    },
    {
      name: "the account's own organisation trail (management account) with unreadable status is an error",
      snapshot: account(trail('own-org', { isOrganizationTrail: true }), throttled('cloudtrail:GetTrailStatus'), ok(selectors('all'))),
      expected: [['error', 'error.throttled']],
    },
    {
      name: 'a readable organisation trail recording everything passes as an ordinary trail',
      snapshot: account(orgTrail, ok(logging()), ok(selectors('all'))),
      expected: [['pass', 'multi-region-trail-logging']],
    },
    { name: 'keys missing from snapshot are an error', snapshot: snapshot(REGIONS), expected: [['error', 'error.unknown']] },
  ],
};

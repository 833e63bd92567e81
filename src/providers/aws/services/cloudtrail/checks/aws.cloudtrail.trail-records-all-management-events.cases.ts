import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import {
  CLOUDTRAIL_EVENT_SELECTORS,
  CLOUDTRAIL_TRAIL_STATUS,
  CLOUDTRAIL_TRAILS,
  type CloudTrailTrail,
  type TrailEventSelectors,
  type TrailStatus,
} from '../state.js';
import { cloudTrailTrailRecordsAllManagementEvents as check } from './aws.cloudtrail.trail-records-all-management-events.js';
import { logging, selectors, trail } from './builders.fixtures.js';

const R = 'us-east-1';
const one = (t: CloudTrailTrail, status: Fetched<TrailStatus> = ok(logging()), sel: Fetched<TrailEventSelectors> = ok(selectors())) =>
  snapshot([R])
    .regional(CLOUDTRAIL_TRAILS, R, [t])
    .regional(CLOUDTRAIL_TRAIL_STATUS, R, { [t.arn]: status })
    .regional(CLOUDTRAIL_EVENT_SELECTORS, R, { [t.arn]: sel });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a complete trail passes', snapshot: one(trail('main')), expected: [['pass', 'trail-complete']] },
    { name: 'a stopped trail fails', snapshot: one(trail('main'), ok(logging({ isLogging: false }))), expected: [['fail', 'not-logging']] },
    { name: 'a single-region trail fails', snapshot: one(trail('main', { isMultiRegion: false })), expected: [['fail', 'single-region']] },
    {
      name: 'write-only management events fail',
      snapshot: one(trail('main'), ok(logging()), ok(selectors('writeOnly'))),
      expected: [['fail', 'management-events-writeOnly']],
    },
    {
      name: 'no management events fail',
      snapshot: one(trail('main'), ok(logging()), ok(selectors('none'))),
      expected: [['fail', 'management-events-none']],
    },
    {
      name: 'status unreadable is an error',
      snapshot: one(trail('main'), denied('cloudtrail:GetTrailStatus')),
      expected: [['error', 'error.denied']],
    },
  ],
};

/** Snapshots for the S3 object-level logging tables: one bucket `logs`, one trail and its selectors. */
import { ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { S3_BUCKETS } from '../../s3/state.js';
import {
  CLOUDTRAIL_EVENT_SELECTORS,
  CLOUDTRAIL_TRAIL_STATUS,
  CLOUDTRAIL_TRAILS,
  type CloudTrailTrail,
  type TrailEventSelectors,
  type TrailStatus,
} from '../state.js';
import { logging, selectors, trail } from './builders.fixtures.js';

const R = 'us-east-1';
export const ALL = { allBuckets: true, buckets: [] };
export const LOGS_ONLY = { allBuckets: false, buckets: ['logs'] };

export const withTrail = (
  sel: Fetched<TrailEventSelectors> = ok(selectors()),
  status: Fetched<TrailStatus> = ok(logging()),
  t: CloudTrailTrail = trail('main'),
) =>
  snapshot([R])
    .global(S3_BUCKETS, [{ name: 'logs', arn: 'arn:aws:s3:::logs', region: R }])
    .regional(CLOUDTRAIL_TRAILS, R, [t])
    .regional(CLOUDTRAIL_TRAIL_STATUS, R, { [t.arn]: status })
    .regional(CLOUDTRAIL_EVENT_SELECTORS, R, { [t.arn]: sel });

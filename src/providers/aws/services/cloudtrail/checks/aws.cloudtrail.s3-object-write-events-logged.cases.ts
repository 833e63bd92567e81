import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { cloudTrailS3ObjectWriteEventsLogged as check } from './aws.cloudtrail.s3-object-write-events-logged.js';
import { logging, selectors, trail } from './builders.fixtures.js';
import { ALL, LOGS_ONLY, withTrail } from './data-events-cases.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'all buckets recorded passes',
      snapshot: withTrail(ok(selectors('all', { write: ALL }))),
      expected: [['pass', 'object-writes-logged']],
    },
    {
      name: 'this bucket recorded passes',
      snapshot: withTrail(ok(selectors('all', { write: LOGS_ONLY }))),
      expected: [['pass', 'object-writes-logged']],
    },
    {
      name: 'only reads recorded fails',
      snapshot: withTrail(ok(selectors('all', { read: ALL }))),
      expected: [['fail', 'object-writes-not-logged']],
    },
    {
      name: 'a stopped trail does not count',
      snapshot: withTrail(ok(selectors('all', { write: ALL })), ok(logging({ isLogging: false }))),
      expected: [['fail', 'object-writes-not-logged']],
    },
    {
      name: 'a single-region trail elsewhere does not count',
      snapshot: withTrail(
        ok(selectors('all', { write: ALL })),
        ok(logging()),
        trail('eu', { isMultiRegion: false, homeRegion: 'eu-west-1' }),
      ),
      expected: [['fail', 'object-writes-not-logged']],
    },
    {
      name: 'selectors unreadable and nothing else covers it: error',
      snapshot: withTrail(denied('cloudtrail:GetEventSelectors')),
      expected: [['error', 'error.denied']],
    },
  ],
};

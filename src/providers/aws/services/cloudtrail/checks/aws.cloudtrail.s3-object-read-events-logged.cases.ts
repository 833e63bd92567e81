import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { cloudTrailS3ObjectReadEventsLogged as check } from './aws.cloudtrail.s3-object-read-events-logged.js';
import { logging, selectors, trail } from './builders.fixtures.js';
import { ALL, LOGS_ONLY, withTrail } from './data-events-cases.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'all buckets recorded passes',
      snapshot: withTrail(ok(selectors('all', { read: ALL }))),
      expected: [['pass', 'object-reads-logged']],
    },
    {
      name: 'this bucket recorded passes',
      snapshot: withTrail(ok(selectors('all', { read: LOGS_ONLY }))),
      expected: [['pass', 'object-reads-logged']],
    },
    {
      name: 'only writes recorded fails',
      snapshot: withTrail(ok(selectors('all', { write: ALL }))),
      expected: [['fail', 'object-reads-not-logged']],
    },
    {
      name: 'a stopped trail does not count',
      snapshot: withTrail(ok(selectors('all', { read: ALL })), ok(logging({ isLogging: false }))),
      expected: [['fail', 'object-reads-not-logged']],
    },
    {
      name: 'a single-region trail elsewhere does not count',
      snapshot: withTrail(
        ok(selectors('all', { read: ALL })),
        ok(logging()),
        trail('eu', { isMultiRegion: false, homeRegion: 'eu-west-1' }),
      ),
      expected: [['fail', 'object-reads-not-logged']],
    },
    {
      name: 'selectors unreadable and nothing else covers it: error',
      snapshot: withTrail(denied('cloudtrail:GetEventSelectors')),
      expected: [['error', 'error.denied']],
    },
  ],
};

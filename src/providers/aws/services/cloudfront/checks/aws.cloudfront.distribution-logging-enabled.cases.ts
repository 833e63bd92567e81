import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { ARN, one } from '../state.fixtures.js';
import { CLOUDFRONT_LEGACY_LOGGING, CLOUDFRONT_LOG_DELIVERIES } from '../state.js';
import { cloudFrontDistributionLoggingEnabled as check } from './aws.cloudfront.distribution-logging-enabled.js';

const with_ = (legacy: unknown, v2: unknown) =>
  one()
    .global(CLOUDFRONT_LEGACY_LOGGING, { E1: legacy as never })
    .global(CLOUDFRONT_LOG_DELIVERIES, v2 as never);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'legacy logging passes even if v2 is unreadable',
      snapshot: with_(ok(true), denied('logs:DescribeDeliverySources')),
      expected: [['pass', 'legacy-logging']],
    },
    { name: 'a v2 delivery passes', snapshot: with_(ok(false), ok([ARN])), expected: [['pass', 'v2-logging']] },
    { name: 'neither fails', snapshot: with_(ok(false), ok([])), expected: [['fail', 'no-logging']] },
    {
      name: 'no legacy logging and unreadable v2 is an error',
      snapshot: with_(ok(false), denied('logs:DescribeDeliverySources')),
      expected: [['error', 'error.denied']],
    },
  ],
};

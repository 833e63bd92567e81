import { type CheckCases, throttled } from '../../../../../../test/support/snapshot.js';
import { withQueryLogging, ZONE_ID } from '../state.fixtures.js';
import { route53PublicZoneQueryLogging as check } from './aws.route53.public-zone-query-logging.js';

const GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a configuration for the zone passes', snapshot: withQueryLogging({ [ZONE_ID]: GROUP }), expected: [['pass', 'logging']] },
    { name: 'only another zone configured fails', snapshot: withQueryLogging({ ZOTHER: GROUP }), expected: [['fail', 'no-logging']] },
    {
      name: 'a private zone is not applicable',
      snapshot: withQueryLogging({}, { private: true }),
      expected: [['not_applicable', 'private-zone']],
    },
    {
      name: 'throttled listing is an error',
      snapshot: withQueryLogging(throttled('route53:ListQueryLoggingConfigs')),
      expected: [['error', 'error.throttled']],
    },
  ],
};

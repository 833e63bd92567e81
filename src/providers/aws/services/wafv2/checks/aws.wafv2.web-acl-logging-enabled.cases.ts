import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { both, EDGE_ARN, REGIONAL_ARN } from '../state.fixtures.js';
import { wafv2WebAclLoggingEnabled as check } from './aws.wafv2.web-acl-logging-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'both scopes logging pass',
      snapshot: both({}, {}, ok([REGIONAL_ARN]), ok([EDGE_ARN])),
      expected: [
        ['pass', 'logging'],
        ['pass', 'logging'],
      ],
    },
    {
      name: 'the edge ACL without logging fails',
      snapshot: both({}, {}, ok([REGIONAL_ARN]), ok([])),
      expected: [
        ['fail', 'no-logging'],
        ['pass', 'logging'],
      ],
    },
    {
      name: 'unreadable regional logging is an error',
      snapshot: both({}, {}, denied('wafv2:ListLoggingConfigurations'), ok([EDGE_ARN])),
      expected: [
        ['pass', 'logging'],
        ['error', 'error.denied'],
      ],
    },
  ],
};

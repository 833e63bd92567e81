import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { both, R } from '../state.fixtures.js';
import { WAF_CLOUDFRONT_ACLS, WAF_REGIONAL_ACLS } from '../state.js';
import { wafv2WebAclHasRules as check } from './aws.wafv2.web-acl-has-rules.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'an empty regional ACL fails, a full edge ACL passes',
      snapshot: both({ rules: 0 }, {}),
      expected: [
        ['pass', 'has-rules'],
        ['fail', 'empty'],
      ],
    },
    {
      name: 'denied listings are errors',
      snapshot: snapshot()
        .regional(WAF_REGIONAL_ACLS, R, denied('wafv2:ListWebACLs'))
        .global(WAF_CLOUDFRONT_ACLS, denied('wafv2:ListWebACLs')),
      expected: [
        ['error', 'error.denied'],
        ['error', 'error.denied'],
      ],
    },
  ],
};

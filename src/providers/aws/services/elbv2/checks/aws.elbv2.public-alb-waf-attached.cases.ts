import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { ARN, lb, R } from '../state.fixtures.js';
import { ELBV2_LOAD_BALANCERS, ELBV2_WEB_ACLS, type LoadBalancerV2 } from '../state.js';
import { elbv2PublicAlbWafAttached as check } from './aws.elbv2.public-alb-waf-attached.js';

const ACL = 'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/edge/1';
const withAcl = (acl: Fetched<string | null>, extra: Partial<LoadBalancerV2> = {}) =>
  snapshot()
    .regional(ELBV2_LOAD_BALANCERS, R, [lb(extra)])
    .regional(ELBV2_WEB_ACLS, R, { [ARN]: acl });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a web ACL passes', snapshot: withAcl({ ok: true, value: ACL }), expected: [['pass', 'protected']] },
    { name: 'no web ACL fails', snapshot: withAcl({ ok: true, value: null }), expected: [['fail', 'unprotected']] },
    {
      name: 'an internal ALB is not applicable',
      snapshot: withAcl({ ok: true, value: null }, { scheme: 'internal' }),
      expected: [['not_applicable', 'not-public-alb']],
    },
    {
      name: 'a network load balancer is not applicable',
      snapshot: withAcl({ ok: true, value: null }, { type: 'network' }),
      expected: [['not_applicable', 'not-public-alb']],
    },
    {
      name: 'denied GetWebACLForResource is an error',
      snapshot: withAcl(denied('wafv2:GetWebACLForResource')),
      expected: [['error', 'error.denied']],
    },
  ],
};

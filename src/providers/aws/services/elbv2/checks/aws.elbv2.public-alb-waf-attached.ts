import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, notApplicable, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { ELBV2_LOAD_BALANCERS, ELBV2_WEB_ACLS, isPublicAlb } from '../state.js';
import { LOAD_BALANCER } from './attributes.js';

export const elbv2PublicAlbWafAttached: Check = {
  meta: {
    id: 'aws.elbv2.public-alb-waf-attached',
    title: 'Internet-facing application load balancers are protected by a WAF web ACL',
    provider: 'aws',
    service: 'elbv2',
    resourceType: LOAD_BALANCER,
    severity: 'medium',
    requires: [ELBV2_LOAD_BALANCERS, ELBV2_WEB_ACLS],
    rationale:
      'An AWS WAF web ACL associated with an application load balancer inspects each request before it reaches the targets and ' +
      'blocks common exploits (injection, known bad inputs, bots, floods of one source). GetWebACLForResource returns the web ACL ' +
      'associated with the load balancer, or none. Passes when an internet-facing ALB has one; fails when it has none; internal ALBs ' +
      'and network or gateway load balancers (which WAF cannot protect) are not applicable.',
    remediation: {
      text: 'Associate a regional web ACL with at least the AWS managed core rule set with the load balancer.',
      console: 'WAF & Shield → Web ACLs → web ACL → Associated AWS resources → Add',
      cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn <load-balancer-arn>',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, ELBV2_LOAD_BALANCERS, LOAD_BALANCER, (lb, resource, region) => {
      if (!isPublicAlb(lb))
        return notApplicable(
          resource,
          'not-public-alb',
          `${lb.name} is an ${lb.scheme} ${lb.type} load balancer; only internet-facing ALBs are judged.`,
        );
      const got = all(resource, [lookup(ctx, ELBV2_WEB_ACLS, lb.arn, region)]);
      if (!got.ok) return got.finding;
      const acl = got.values[0];
      return acl
        ? pass(resource, 'protected', `${lb.name} is protected by web ACL ${acl}.`, { webAcl: acl })
        : fail(resource, 'unprotected', `${lb.name} faces the internet with no WAF web ACL.`, { webAcl: null });
    });
  },
};

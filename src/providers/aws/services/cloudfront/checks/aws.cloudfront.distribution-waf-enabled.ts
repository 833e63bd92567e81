import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachGlobal } from '../../resource-kit.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';

const TYPE = 'AWS::CloudFront::Distribution';

export const cloudFrontDistributionWafEnabled: Check = {
  meta: {
    id: 'aws.cloudfront.distribution-waf-enabled',
    title: 'CloudFront distributions are protected by a web ACL',
    provider: 'aws',
    service: 'cloudfront',
    resourceType: TYPE,
    severity: 'medium',
    requires: [CLOUDFRONT_DISTRIBUTIONS],
    rationale:
      'A WAF web ACL on the distribution filters requests at the edge (managed rules for common exploits, bad inputs, rate limits) ' +
      "before they reach any origin. Passes when the distribution has a web ACL; fails otherwise. Whether the ACL's rules are " +
      'adequate is judged by the wafv2 checks.',
    remediation: {
      text: 'Create a CLOUDFRONT-scope web ACL in us-east-1 with the AWS managed rule groups and associate it.',
      console: 'CloudFront → distribution → Security → Edit → Enable AWS WAF protections',
      cli: 'aws cloudfront update-distribution --id <id> --distribution-config file://config.json --if-match <etag>',
    },
  },
  evaluate(ctx) {
    return eachGlobal(ctx, CLOUDFRONT_DISTRIBUTIONS, TYPE, (d, resource) =>
      d.webAclId
        ? pass(resource, 'waf', `Distribution ${d.name} is protected by ${d.webAclId}.`, { webAclId: d.webAclId })
        : fail(resource, 'no-waf', `Distribution ${d.name} has no web ACL.`, { webAclId: null }),
    );
  },
};

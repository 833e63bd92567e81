import type { Check } from '../../../../../model/check.js';
import { all, fail, pass, readFetched } from '../../../../check-kit.js';
import { WAF_CLOUDFRONT_ACLS, WAF_CLOUDFRONT_LOGGING, WAF_REGIONAL_ACLS, WAF_REGIONAL_LOGGING } from '../state.js';
import { eachWebAcl, WEB_ACL } from './acls.js';

export const wafv2WebAclLoggingEnabled: Check = {
  meta: {
    id: 'aws.wafv2.web-acl-logging-enabled',
    title: 'WAF web ACLs log the requests they inspect',
    provider: 'aws',
    service: 'wafv2',
    resourceType: WEB_ACL,
    severity: 'medium',
    requires: [WAF_REGIONAL_ACLS, WAF_CLOUDFRONT_ACLS, WAF_REGIONAL_LOGGING, WAF_CLOUDFRONT_LOGGING],
    rationale:
      'A logging configuration sends each inspected request, the rule that matched and the action taken to CloudWatch Logs, S3 or ' +
      'Firehose. Without it, blocked attacks and false positives leave no trace beyond sampled requests and metrics. Passes when the ' +
      'web ACL (REGIONAL in each region, CLOUDFRONT in us-east-1) has a logging configuration with a destination; fails otherwise.',
    remediation: {
      text: 'Add a logging configuration to the web ACL (a CloudWatch Logs group or S3 bucket named aws-waf-logs-…).',
      console: 'WAF → Web ACLs → web ACL → Logging and metrics → Enable',
      cli: 'aws wafv2 put-logging-configuration --logging-configuration ResourceArn=<acl-arn>,LogDestinationConfigs=<destination-arn>',
    },
  },
  evaluate(ctx) {
    return eachWebAcl(ctx, (acl, resource, region) => {
      const got = all(resource, [readFetched(ctx, acl.scope === 'CLOUDFRONT' ? WAF_CLOUDFRONT_LOGGING : WAF_REGIONAL_LOGGING, region)]);
      if (!got.ok) return got.finding;
      return got.values[0].includes(acl.arn)
        ? pass(resource, 'logging', `Web ACL ${acl.name} logs inspected requests.`, { logging: true })
        : fail(resource, 'no-logging', `Web ACL ${acl.name} has no logging configuration.`, { logging: false });
    });
  },
};

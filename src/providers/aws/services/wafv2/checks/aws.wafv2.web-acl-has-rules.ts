import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { WAF_CLOUDFRONT_ACLS, WAF_REGIONAL_ACLS } from '../state.js';
import { eachWebAcl, WEB_ACL } from './acls.js';

export const wafv2WebAclHasRules: Check = {
  meta: {
    id: 'aws.wafv2.web-acl-has-rules',
    title: 'WAF web ACLs contain rules',
    provider: 'aws',
    service: 'wafv2',
    resourceType: WEB_ACL,
    severity: 'medium',
    requires: [WAF_REGIONAL_ACLS, WAF_CLOUDFRONT_ACLS],
    rationale:
      'A web ACL without rules applies only its default action to every request: with ALLOW it filters nothing while looking like ' +
      'protection. Passes when the web ACL has at least one rule or rule-group reference; fails when it has none.',
    remediation: {
      text: 'Add rules, for example the AWS managed Core rule set and Known bad inputs, and a rate-based rule.',
      console: 'WAF → Web ACLs → web ACL → Rules → Add rules',
      cli: 'aws wafv2 update-web-acl --scope <scope> --id <id> --name <name> --lock-token <token> --default-action Allow={} --rules file://rules.json --visibility-config file://visibility.json',
    },
  },
  evaluate(ctx) {
    return eachWebAcl(ctx, (acl, resource) =>
      acl.rules > 0
        ? pass(resource, 'has-rules', `Web ACL ${acl.name} has ${acl.rules} rule(s).`, { rules: acl.rules })
        : fail(resource, 'empty', `Web ACL ${acl.name} has no rules; every request gets the default action ${acl.defaultAction}.`, {
            rules: 0,
            defaultAction: acl.defaultAction,
          }),
    );
  },
};

import type { AwsService } from '../../service.js';
import { wafv2WebAclHasRules } from './checks/aws.wafv2.web-acl-has-rules.js';
import { wafv2WebAclLoggingEnabled } from './checks/aws.wafv2.web-acl-logging-enabled.js';
import { wafv2Collectors } from './collect.js';
import { demo } from './demo.js';

export const wafv2: AwsService = {
  id: 'wafv2',
  collectors: wafv2Collectors,
  checks: [wafv2WebAclHasRules, wafv2WebAclLoggingEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};

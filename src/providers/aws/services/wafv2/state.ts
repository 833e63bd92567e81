/** WAFv2 state the checks read. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

/** `GetWebACL`, reduced. */
export interface WebAcl {
  name: string;
  arn: string;
  /** `REGIONAL` or `CLOUDFRONT`. */
  scope: string;
  /** Rules, including managed and custom rule-group references. */
  rules: number;
  /** `ALLOW` or `BLOCK`: what happens to requests no rule matched. */
  defaultAction: string;
}

/** `ListWebACLs` (REGIONAL), then `GetWebACL` per ACL; keyed by ARN. */
export const WAF_REGIONAL_ACLS = inventoryKey<PerResource<WebAcl>>('aws.wafv2.regionalWebAcls', 'regional');
/** `ListWebACLs` (CLOUDFRONT, in us-east-1), then `GetWebACL` per ACL; keyed by ARN. */
export const WAF_CLOUDFRONT_ACLS = inventoryKey<PerResource<WebAcl>>('aws.wafv2.cloudFrontWebAcls', 'global');
/** `ListLoggingConfigurations` (REGIONAL): ARNs of web ACLs that have logging. */
export const WAF_REGIONAL_LOGGING = inventoryKey<string[]>('aws.wafv2.regionalLogging', 'regional');
/** `ListLoggingConfigurations` (CLOUDFRONT): ARNs of web ACLs that have logging. */
export const WAF_CLOUDFRONT_LOGGING = inventoryKey<string[]>('aws.wafv2.cloudFrontLogging', 'global');

/** Builders for the WAFv2 case tables. */
import { ok, snapshot } from '../../../../../test/support/snapshot.js';
import { WAF_CLOUDFRONT_ACLS, WAF_CLOUDFRONT_LOGGING, WAF_REGIONAL_ACLS, WAF_REGIONAL_LOGGING, type WebAcl } from './state.js';

export const R = 'us-east-1';
export const REGIONAL_ARN = 'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/1';
export const EDGE_ARN = 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/2';

export const acl = (arn: string, scope: string, extra: Partial<WebAcl> = {}): WebAcl => ({
  name: arn.split('/').slice(-2, -1)[0]!,
  arn,
  scope,
  rules: 3,
  defaultAction: 'ALLOW',
  ...extra,
});

/** One regional and one CloudFront ACL, with the given logging lists. */
export function both(regional: Partial<WebAcl>, edge: Partial<WebAcl>, regionalLogging: unknown = ok([]), edgeLogging: unknown = ok([])) {
  return snapshot()
    .regional(WAF_REGIONAL_ACLS, R, { [REGIONAL_ARN]: ok(acl(REGIONAL_ARN, 'REGIONAL', regional)) })
    .global(WAF_CLOUDFRONT_ACLS, { [EDGE_ARN]: ok(acl(EDGE_ARN, 'CLOUDFRONT', edge)) })
    .regional(WAF_REGIONAL_LOGGING, R, regionalLogging as never)
    .global(WAF_CLOUDFRONT_LOGGING, edgeLogging as never);
}

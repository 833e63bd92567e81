/** Every web ACL of both scopes: REGIONAL ones per region, CLOUDFRONT ones once for the account. */
import type { CheckContext, Finding } from '../../../../../model/check.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { accountResource, awsResource, errorFinding, readGlobal } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { WAF_CLOUDFRONT_ACLS, WAF_REGIONAL_ACLS, type WebAcl } from '../state.js';

export const WEB_ACL = 'AWS::WAFv2::WebACL';

export function eachWebAcl(ctx: CheckContext, judge: (acl: WebAcl, resource: ResourceRef, region: string) => Finding): Finding[] {
  const regional = eachDescribed(ctx, WAF_REGIONAL_ACLS, WEB_ACL, (arn) => arn, judge);
  const global = readGlobal(ctx, WAF_CLOUDFRONT_ACLS, accountResource(ctx, WEB_ACL), (items) =>
    Object.entries(items).map(([arn, acl]) =>
      acl.ok
        ? judge(acl.value, awsResource(ctx, WEB_ACL, 'global', arn, acl.value.name), 'global')
        : errorFinding(awsResource(ctx, WEB_ACL, 'global', arn, arn.split('/').slice(-2, -1)[0] ?? arn), acl.error),
    ),
  );
  return [...global, ...regional];
}

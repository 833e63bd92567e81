import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { APIGW_REST_APIS, APIGW_REST_STAGES } from '../state.js';
import { eachRestStage, STAGE } from './stages.js';

export const apiGatewayStageWafEnabled: Check = {
  meta: {
    id: 'aws.apigateway.stage-waf-enabled',
    title: 'API Gateway REST stages are protected by a web ACL',
    provider: 'aws',
    service: 'apigateway',
    resourceType: STAGE,
    severity: 'medium',
    requires: [APIGW_REST_APIS, APIGW_REST_STAGES],
    rationale:
      'A regional WAF web ACL on a REST API stage filters requests (injection, known bad inputs, rate limits) before they reach the ' +
      'integration. Passes when the stage has a web ACL; fails otherwise. HTTP APIs cannot take a web ACL directly and are not judged.',
    remediation: {
      text: 'Associate a REGIONAL web ACL with the stage.',
      console: 'WAF → Web ACLs → web ACL → Associated AWS resources → Add → API Gateway stage',
      cli: 'aws wafv2 associate-web-acl --web-acl-arn <acl-arn> --resource-arn arn:aws:apigateway:<region>::/restapis/<id>/stages/<stage>',
    },
  },
  evaluate(ctx) {
    return eachRestStage(ctx, (a, s, resource) =>
      s.webAclArn
        ? pass(resource, 'waf', `Stage ${a.name}/${s.name} is protected by ${s.webAclArn}.`, { webAclArn: s.webAclArn })
        : fail(resource, 'no-waf', `Stage ${a.name}/${s.name} has no web ACL.`, { webAclArn: null }),
    );
  },
};

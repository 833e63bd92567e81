import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, notApplicable, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { APIGW_REST_APIS, APIGW_REST_METHODS } from '../state.js';

const TYPE = 'AWS::ApiGateway::RestApi';

export const apiGatewayMethodAuthorizationRequired: Check = {
  meta: {
    id: 'aws.apigateway.method-authorization-required',
    title: 'API Gateway REST methods require authorisation',
    provider: 'aws',
    service: 'apigateway',
    resourceType: TYPE,
    severity: 'high',
    requires: [APIGW_REST_APIS, APIGW_REST_METHODS],
    rationale:
      'A method with authorizationType NONE and no API key requirement can be called by anyone who reaches the endpoint. Passes when ' +
      'every method uses IAM, a Lambda (CUSTOM) or Cognito authoriser, or requires an API key; fails listing the open methods. OPTIONS ' +
      'methods are ignored (CORS preflight must be unauthenticated). An API without methods is not applicable. Resource policies and ' +
      'private endpoints, which can also restrict callers, are not read.',
    remediation: {
      text: 'Attach an IAM, Cognito or Lambda authoriser to each method (API keys identify clients but are not authentication on their own).',
      console: 'API Gateway → API → Resources → method → Method request → Edit → Authorization',
      cli: 'aws apigateway update-method --rest-api-id <id> --resource-id <rid> --http-method <verb> --patch-operations op=replace,path=/authorizationType,value=AWS_IAM',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, APIGW_REST_APIS, TYPE, (a, resource, region) => {
      const got = all(resource, [lookup(ctx, APIGW_REST_METHODS, a.id, region)]);
      if (!got.ok) return got.finding;
      const methods = got.values[0].filter((m) => m.httpMethod !== 'OPTIONS');
      if (methods.length === 0) return notApplicable(resource, 'no-methods', `API ${a.name} has no methods.`);
      const open = methods.filter((m) => m.authorizationType === 'NONE' && !m.apiKeyRequired).map((m) => `${m.httpMethod} ${m.path}`);
      return open.length === 0
        ? pass(resource, 'authorised', `Every method of API ${a.name} requires authorisation.`, { methods: methods.length })
        : fail(resource, 'open-methods', `API ${a.name} has methods anyone can call: ${open.join(', ')}.`, { open });
    });
  },
};

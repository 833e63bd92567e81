import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { method, restMethods } from '../state.fixtures.js';
import { apiGatewayMethodAuthorizationRequired as check } from './aws.apigateway.method-authorization-required.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'IAM and Cognito pass; OPTIONS is ignored',
      snapshot: restMethods([method('GET', 'AWS_IAM'), method('POST', 'COGNITO_USER_POOLS'), method('OPTIONS', 'NONE')]),
      expected: [['pass', 'authorised']],
    },
    { name: 'an API key requirement passes', snapshot: restMethods([method('GET', 'NONE', true)]), expected: [['pass', 'authorised']] },
    {
      name: 'an open method fails',
      snapshot: restMethods([method('GET', 'AWS_IAM'), method('DELETE', 'NONE')]),
      expected: [['fail', 'open-methods']],
    },
    {
      name: 'no methods is not applicable',
      snapshot: restMethods([method('OPTIONS', 'NONE')]),
      expected: [['not_applicable', 'no-methods']],
    },
    {
      name: 'unreadable resources are an error',
      snapshot: restMethods(denied('apigateway:GetResources')),
      expected: [['error', 'error.denied']],
    },
  ],
};

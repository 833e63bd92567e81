import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { restStages } from '../state.fixtures.js';
import { apiGatewayStageWafEnabled as check } from './aws.apigateway.stage-waf-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'web ACL passes',
      snapshot: restStages([{ name: 'prod', webAclArn: 'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/1' }]),
      expected: [['pass', 'waf']],
    },
    { name: 'no web ACL fails', snapshot: restStages([{ name: 'prod' }]), expected: [['fail', 'no-waf']] },
    { name: 'unreadable stages are an error', snapshot: restStages(denied('apigateway:GetStages')), expected: [['error', 'error.denied']] },
  ],
};

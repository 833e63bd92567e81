import type { Check } from '../../../../../model/check.js';
import { fail, globMatch, notApplicable, paramsOf, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { LAMBDA_PARAMS } from '../params.js';
import { LAMBDA_FUNCTIONS } from '../state.js';

const TYPE = 'AWS::Lambda::Function';

export const lambdaFunctionInVpc: Check = {
  meta: {
    id: 'aws.lambda.function-in-vpc',
    title: 'Lambda functions that must reach private networks are attached to a VPC',
    provider: 'aws',
    service: 'lambda',
    resourceType: TYPE,
    severity: 'medium',
    requires: [LAMBDA_FUNCTIONS],
    rationale:
      "A function attached to a VPC sends its traffic through the VPC's subnets, security groups, route tables and endpoints, " +
      'so network controls and flow logs apply to it; one outside a VPC reaches the internet directly. Not every function needs a VPC, ' +
      'so only functions whose names match aws.lambda.vpcRequiredFunctions are judged: they pass with a VPC and fail without. ' +
      'The others are not applicable.',
    remediation: {
      text: 'Attach the function to private subnets and a security group of the VPC, with VPC endpoints or NAT for the services it calls.',
      console: 'Lambda → function → Configuration → VPC → Edit',
      cli: 'aws lambda update-function-configuration --function-name <name> --vpc-config SubnetIds=<ids>,SecurityGroupIds=<ids>',
    },
  },
  evaluate(ctx) {
    const required = paramsOf(ctx, 'aws.lambda', LAMBDA_PARAMS).vpcRequiredFunctions;
    return eachRegional(ctx, LAMBDA_FUNCTIONS, TYPE, (f, resource) => {
      if (!required.some((g) => globMatch(g, f.name)))
        return notApplicable(resource, 'not-required', `Function ${f.name} is not listed in aws.lambda.vpcRequiredFunctions.`);
      return f.vpcId
        ? pass(resource, 'in-vpc', `Function ${f.name} runs in ${f.vpcId}.`, { vpcId: f.vpcId })
        : fail(resource, 'not-in-vpc', `Function ${f.name} must run in a VPC but is not attached to one.`, { vpcId: null });
    });
  },
};

import type { Check } from '../../../../../model/check.js';
import { all, lookup } from '../../../../check-kit.js';
import { PUBLIC_ACCESS_SEMANTICS, publicPolicyFinding } from '../../../policy/public-finding.js';
import { eachRegional } from '../../resource-kit.js';
import { LAMBDA_FUNCTIONS, LAMBDA_POLICIES } from '../state.js';

const TYPE = 'AWS::Lambda::Function';

export const lambdaFunctionPolicyNotPublic: Check = {
  meta: {
    id: 'aws.lambda.function-policy-not-public',
    title: 'Lambda function policies do not grant access to everyone',
    provider: 'aws',
    service: 'lambda',
    resourceType: TYPE,
    severity: 'critical',
    requires: [LAMBDA_FUNCTIONS, LAMBDA_POLICIES],
    rationale:
      "Fails when the function's resource policy lets the public invoke or manage it, including the lambda:InvokeFunctionUrl " +
      'grant Lambda writes for an AuthType NONE function URL. Service principals (s3.amazonaws.com, events.amazonaws.com) pass; ' +
      'a function without a policy passes (it grants nothing). An unreadable policy is an error. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Remove the public statement, or pin it with aws:SourceArn / aws:SourceAccount (for service triggers) or aws:PrincipalOrgID.',
      console: 'Lambda → function → Configuration → Permissions → Resource-based policy statements',
      cli: 'aws lambda remove-permission --function-name <name> --statement-id <sid>',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, LAMBDA_FUNCTIONS, TYPE, (f, resource, region) => {
      const got = all(resource, [lookup(ctx, LAMBDA_POLICIES, f.name, region)]);
      return got.ok ? publicPolicyFinding(resource, `Function ${f.name}`, got.values[0]) : got.finding;
    });
  },
};

import type { Check } from '../../../../../model/check.js';
import { all, lookup } from '../../../../check-kit.js';
import { RESTRICTING_CONDITION_KEYS } from '../../../iam-policy.js';
import { eachRegional, policyFinding } from '../../resource-kit.js';
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
      'Fails when the function\'s resource policy has an Allow statement whose principal is everyone ("*", {"AWS":"*"} or ' +
      `NotPrincipal) and no pinning condition on ${RESTRICTING_CONDITION_KEYS.join(', ')} with exact values. ` +
      'Service principals (s3.amazonaws.com, events.amazonaws.com) are not everyone and pass. A function without a policy passes ' +
      '(it grants nothing). An unreadable policy is an error.',
    remediation: {
      text: 'Remove the public statement, or pin it with aws:SourceArn / aws:SourceAccount (for service triggers) or aws:PrincipalOrgID.',
      console: 'Lambda → function → Configuration → Permissions → Resource-based policy statements',
      cli: 'aws lambda remove-permission --function-name <name> --statement-id <sid>',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, LAMBDA_FUNCTIONS, TYPE, (f, resource, region) => {
      const got = all(resource, [lookup(ctx, LAMBDA_POLICIES, f.name, region)]);
      return got.ok ? policyFinding(resource, `Function ${f.name}`, got.values[0]) : got.finding;
    });
  },
};

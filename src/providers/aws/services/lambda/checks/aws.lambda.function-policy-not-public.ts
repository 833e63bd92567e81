import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup } from '../../../../check-kit.js';
import { unpinnedServiceStatements } from '../../../policy/exposure.js';
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
      "grant Lambda writes for an AuthType NONE function URL. Also fails, as AWS Config's lambda-function-public-access-prohibited rule does, " +
      'when s3.amazonaws.com may use the function without a condition fixing aws:SourceAccount or aws:SourceArn (a Deny that certainly applies aside): ' +
      'bucket ARNs name no account, so a bucket in any account could be set to invoke it. Other service principals pass; ' +
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
      if (!got.ok) return got.finding;
      const [doc] = got.values;
      const finding = publicPolicyFinding(resource, `Function ${f.name}`, doc);
      const s3 =
        doc && finding.status === 'pass'
          ? unpinnedServiceStatements(doc, 's3.amazonaws.com', {
              account: resource.account,
              ...(resource.arn ? { resource: resource.arn } : {}),
            })
          : [];
      if (s3.length === 0) return finding;
      return fail(
        resource,
        's3-source-unpinned',
        `Function ${f.name}'s policy lets S3 invoke it for a bucket in any account (${s3.join(', ')}).`,
        {
          policy: true,
          publicStatements: [],
          unpinnedServiceStatements: s3,
        },
      );
    });
  },
};

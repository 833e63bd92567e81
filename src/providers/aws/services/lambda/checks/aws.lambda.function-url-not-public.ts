import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, notApplicable, pass } from '../../../../check-kit.js';
import { PUBLIC_ACCESS_SEMANTICS, publicStatements } from '../../../policy/public-finding.js';
import { eachRegional } from '../../resource-kit.js';
import { LAMBDA_FUNCTION_URLS, LAMBDA_FUNCTIONS, LAMBDA_POLICIES } from '../state.js';

const TYPE = 'AWS::Lambda::Function';

/** An unauthenticated URL call: the one action it needs, and the auth type every such request carries. */
const URL_CALL = { actions: ['lambda:InvokeFunctionUrl'], context: { 'lambda:FunctionUrlAuthType': 'NONE' } };

export const lambdaFunctionUrlNotPublic: Check = {
  meta: {
    id: 'aws.lambda.function-url-not-public',
    title: 'Lambda function URLs are not open to unauthenticated callers',
    provider: 'aws',
    service: 'lambda',
    resourceType: TYPE,
    severity: 'high',
    requires: [LAMBDA_FUNCTIONS, LAMBDA_FUNCTION_URLS, LAMBDA_POLICIES],
    rationale:
      'A function URL with AuthType NONE skips IAM authentication; Lambda then serves requests only if the function policy ' +
      'grants lambda:InvokeFunctionUrl to the public. Fails when a URL has AuthType NONE and the policy grants that action to the public ' +
      'for a request whose lambda:FunctionUrlAuthType is NONE (a grant conditioned on AWS_IAM does not apply): anyone on the internet can run the ' +
      'function. URLs created since October 2025 also need lambda:InvokeFunction; the snapshot does not say when a URL was made, so the ' +
      'InvokeFunctionUrl grant alone decides. Passes when every URL uses AWS_IAM, or when an AuthType NONE URL has no public grant ' +
      '(Lambda refuses its requests). Functions without a URL are not applicable. An unreadable URL list or policy is an error. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Switch the URL to AuthType AWS_IAM and sign requests, or front the function with API Gateway or CloudFront that authenticates callers; remove the public lambda:InvokeFunctionUrl statement.',
      console: 'Lambda → function → Configuration → Function URL → Edit → Auth type AWS_IAM',
      cli: 'aws lambda update-function-url-config --function-name <name> --auth-type AWS_IAM',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, LAMBDA_FUNCTIONS, TYPE, (f, resource, region) => {
      const got = all(resource, [lookup(ctx, LAMBDA_FUNCTION_URLS, f.name, region)]);
      if (!got.ok) return got.finding;
      const [urls] = got.values;
      if (urls.length === 0) return notApplicable(resource, 'no-url', `Function ${f.name} has no function URL.`);
      const open = urls.filter((u) => u.authType !== 'AWS_IAM');
      if (open.length === 0)
        return pass(resource, 'url-iam-auth', `Function ${f.name}'s URLs all require IAM authentication.`, { authTypes: ['AWS_IAM'] });
      const policy = all(resource, [lookup(ctx, LAMBDA_POLICIES, f.name, region)]);
      if (!policy.ok) return policy.finding;
      const [doc] = policy.values;
      const grants = doc ? publicStatements(doc, resource, URL_CALL) : [];
      const observed = { urlsWithoutAuth: open.map((u) => u.url), publicStatements: grants };
      return grants.length > 0
        ? fail(resource, 'url-public', `Function ${f.name} has a URL without authentication that its policy opens to everyone.`, observed)
        : pass(
            resource,
            'url-none-not-granted',
            `Function ${f.name} has an AuthType NONE URL, but no policy grants it to everyone.`,
            observed,
          );
    });
  },
};

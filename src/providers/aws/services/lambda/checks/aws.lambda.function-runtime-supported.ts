import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, paramsOf, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { LAMBDA_PARAMS, LAMBDA_RUNTIME_DEPRECATIONS } from '../params.js';
import { LAMBDA_FUNCTIONS } from '../state.js';

const TYPE = 'AWS::Lambda::Function';

export const lambdaFunctionRuntimeSupported: Check = {
  meta: {
    id: 'aws.lambda.function-runtime-supported',
    title: 'Lambda functions run on a supported runtime',
    provider: 'aws',
    service: 'lambda',
    resourceType: TYPE,
    severity: 'high',
    requires: [LAMBDA_FUNCTIONS],
    rationale:
      'Lambda deprecates a managed runtime when its language version or operating system stops receiving security updates; from ' +
      "that date the runtime is no longer patched. Fails when the function's runtime has a deprecation date on or before the scan " +
      'time (the built-in table follows the AWS Lambda runtimes page; aws.lambda.runtimeDeprecations adds or corrects dates). ' +
      'Passes for runtimes without a past date. Container-image functions are not applicable: their runtime lives in the image ' +
      '(scan the image in ECR instead).',
    remediation: {
      text: 'Move the function to a current runtime of its language, test it, and redeploy.',
      console: 'Lambda → function → Code → Runtime settings → Edit',
      cli: 'aws lambda update-function-configuration --function-name <name> --runtime <current-runtime>',
    },
  },
  evaluate(ctx) {
    const dates = { ...LAMBDA_RUNTIME_DEPRECATIONS, ...paramsOf(ctx, 'aws.lambda', LAMBDA_PARAMS).runtimeDeprecations };
    return eachRegional(ctx, LAMBDA_FUNCTIONS, TYPE, (f, resource) => {
      if (!f.runtime)
        return notApplicable(resource, 'image', `Function ${f.name} is a ${f.packageType} package; its runtime is inside the image.`);
      const date = dates[f.runtime];
      if (date && new Date(`${date}T00:00:00Z`) <= ctx.now)
        return fail(resource, 'runtime-deprecated', `Function ${f.name} runs ${f.runtime}, deprecated since ${date}.`, {
          runtime: f.runtime,
          deprecatedOn: date,
        });
      return pass(resource, 'runtime-supported', `Function ${f.name} runs ${f.runtime}, which is supported.`, {
        runtime: f.runtime,
        ...(date ? { deprecatesOn: date } : {}),
      });
    });
  },
};

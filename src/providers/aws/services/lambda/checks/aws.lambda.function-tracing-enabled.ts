import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { LAMBDA_FUNCTIONS } from '../state.js';

const TYPE = 'AWS::Lambda::Function';

export const lambdaFunctionTracingEnabled: Check = {
  meta: {
    id: 'aws.lambda.function-tracing-enabled',
    title: 'Lambda functions have active X-Ray tracing',
    provider: 'aws',
    service: 'lambda',
    resourceType: TYPE,
    severity: 'low',
    requires: [LAMBDA_FUNCTIONS],
    rationale:
      "With tracing mode Active, Lambda samples and records each invocation's path through downstream services in X-Ray, which " +
      'shows what a function called and when during an investigation. Passes for Active; fails for PassThrough or no tracing.',
    remediation: {
      text: 'Turn on active tracing and give the execution role the X-Ray write permissions.',
      console: 'Lambda → function → Configuration → Monitoring and operations tools → Edit → Active tracing',
      cli: 'aws lambda update-function-configuration --function-name <name> --tracing-config Mode=Active',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, LAMBDA_FUNCTIONS, TYPE, (f, resource) =>
      f.tracingMode === 'Active'
        ? pass(resource, 'tracing-active', `Function ${f.name} has active X-Ray tracing.`, { tracingMode: 'Active' })
        : fail(resource, 'tracing-off', `Function ${f.name} does not trace invocations (mode ${f.tracingMode ?? 'none'}).`, {
            tracingMode: f.tracingMode ?? null,
          }),
    );
  },
};

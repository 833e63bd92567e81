import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { APIGW_REST_APIS, APIGW_REST_STAGES } from '../state.js';
import { eachRestStage, STAGE } from './stages.js';

export const apiGatewayStageTracingEnabled: Check = {
  meta: {
    id: 'aws.apigateway.stage-tracing-enabled',
    title: 'API Gateway REST stages have X-Ray tracing',
    provider: 'aws',
    service: 'apigateway',
    resourceType: STAGE,
    severity: 'low',
    requires: [APIGW_REST_APIS, APIGW_REST_STAGES],
    rationale:
      'With X-Ray tracing, each sampled request is followed from the stage through its integrations, which shows where a request ' +
      'went and how long each hop took. Passes when tracingEnabled is true; fails otherwise.',
    remediation: {
      text: 'Turn on X-Ray tracing for the stage.',
      console: 'API Gateway → API → Stages → stage → Logs and tracing → X-Ray tracing',
      cli: 'aws apigateway update-stage --rest-api-id <id> --stage-name <stage> --patch-operations op=replace,path=/tracingEnabled,value=true',
    },
  },
  evaluate(ctx) {
    return eachRestStage(ctx, (a, s, resource) =>
      s.tracingEnabled
        ? pass(resource, 'tracing', `Stage ${a.name}/${s.name} traces requests.`, { tracingEnabled: true })
        : fail(resource, 'no-tracing', `Stage ${a.name}/${s.name} does not trace requests.`, { tracingEnabled: false }),
    );
  },
};

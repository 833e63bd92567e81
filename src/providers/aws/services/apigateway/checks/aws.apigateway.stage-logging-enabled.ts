import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { APIGW_REST_APIS, APIGW_REST_STAGES, APIGW_V2_APIS, APIGW_V2_STAGES } from '../state.js';
import { eachRestStage, eachV2Stage, STAGE, type StageJudge } from './stages.js';

export const apiGatewayStageLoggingEnabled: Check = {
  meta: {
    id: 'aws.apigateway.stage-logging-enabled',
    title: 'API Gateway stages log requests',
    provider: 'aws',
    service: 'apigateway',
    resourceType: STAGE,
    severity: 'medium',
    requires: [APIGW_REST_APIS, APIGW_REST_STAGES, APIGW_V2_APIS, APIGW_V2_STAGES],
    rationale:
      'One finding per stage. A REST stage passes with access logging to a destination, or with CloudWatch execution logging at ' +
      'ERROR or INFO for all methods (method settings */*). An HTTP or WebSocket stage passes with access logging (it has no ' +
      'execution logs). Fails otherwise: requests to the API would leave no record.',
    remediation: {
      text: 'Turn on access logging to a CloudWatch Logs group (and, for REST APIs, execution logging at ERROR or INFO).',
      console: 'API Gateway → API → Stages → stage → Logs and tracing → Edit',
      cli: 'aws apigateway update-stage --rest-api-id <id> --stage-name <stage> --patch-operations op=replace,path=/*/*/logging/loglevel,value=ERROR',
    },
  },
  evaluate(ctx) {
    const judge =
      (kind: string): StageJudge =>
      (a, s, resource) => {
        const observed = {
          accessLogDestination: s.accessLogDestination ?? null,
          ...(kind === 'REST' ? { executionLogging: s.executionLogging ?? 'OFF' } : {}),
        };
        const execution = s.executionLogging === 'ERROR' || s.executionLogging === 'INFO';
        return s.accessLogDestination || execution
          ? pass(resource, 'logging', `Stage ${a.name}/${s.name} logs requests.`, observed)
          : fail(resource, 'no-logging', `Stage ${a.name}/${s.name} (${kind}) has no access or execution logging.`, observed);
      };
    return [...eachRestStage(ctx, judge('REST')), ...eachV2Stage(ctx, judge('HTTP/WebSocket'))];
  },
};

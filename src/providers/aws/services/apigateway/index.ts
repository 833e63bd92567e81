import type { AwsService } from '../../service.js';
import { apiGatewayDomainTls12 } from './checks/aws.apigateway.domain-tls12.js';
import { apiGatewayMethodAuthorizationRequired } from './checks/aws.apigateway.method-authorization-required.js';
import { apiGatewayStageLoggingEnabled } from './checks/aws.apigateway.stage-logging-enabled.js';
import { apiGatewayStageTracingEnabled } from './checks/aws.apigateway.stage-tracing-enabled.js';
import { apiGatewayStageWafEnabled } from './checks/aws.apigateway.stage-waf-enabled.js';
import { apiGatewayCollectors } from './collect.js';
import { demo } from './demo.js';

export const apigateway: AwsService = {
  id: 'apigateway',
  collectors: apiGatewayCollectors,
  checks: [
    apiGatewayDomainTls12,
    apiGatewayMethodAuthorizationRequired,
    apiGatewayStageLoggingEnabled,
    apiGatewayStageTracingEnabled,
    apiGatewayStageWafEnabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};

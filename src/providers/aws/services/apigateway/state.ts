/** API Gateway state (REST APIs through the v1 API, HTTP and WebSocket APIs through v2). No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

export interface GatewayApi {
  /** The API id. */
  id: string;
  name: string;
  arn: string;
  /** `REST`, `HTTP` or `WEBSOCKET`. */
  protocol: string;
}

export interface GatewayStage {
  name: string;
  /** REST execution logging level of the `*\/*` method settings: `OFF`, `ERROR` or `INFO`. */
  executionLogging?: string;
  /** Access-log destination (a log group or Firehose ARN), when access logging is on. */
  accessLogDestination?: string;
  /** REST only: the associated WAF web ACL. */
  webAclArn?: string;
  /** REST only: X-Ray tracing. */
  tracingEnabled?: boolean;
}

export interface GatewayMethod {
  path: string;
  httpMethod: string;
  /** `NONE`, `AWS_IAM`, `CUSTOM` or `COGNITO_USER_POOLS`. */
  authorizationType: string;
  apiKeyRequired: boolean;
}

export interface GatewayDomain {
  name: string;
  arn: string;
  /** `TLS_1_0`, `TLS_1_2`, or one of the newer `SecurityPolicy_…` names. */
  securityPolicy: string;
}

/** `GetRestApis`. */
export const APIGW_REST_APIS = inventoryKey<GatewayApi[]>('aws.apigateway.restApis', 'regional');
/** `GetStages` per REST API, keyed by API id. */
export const APIGW_REST_STAGES = inventoryKey<PerResource<GatewayStage[]>>('aws.apigateway.restStages', 'regional');
/** `GetResources` (methods embedded) per REST API, keyed by API id. */
export const APIGW_REST_METHODS = inventoryKey<PerResource<GatewayMethod[]>>('aws.apigateway.restMethods', 'regional');
/** `GetDomainNames`: custom domain names, shared by REST and HTTP APIs. */
export const APIGW_DOMAINS = inventoryKey<GatewayDomain[]>('aws.apigateway.domainNames', 'regional');
/** `apigatewayv2:GetApis`: HTTP and WebSocket APIs. */
export const APIGW_V2_APIS = inventoryKey<GatewayApi[]>('aws.apigateway.v2Apis', 'regional');
/** `apigatewayv2:GetStages` per API, keyed by API id. */
export const APIGW_V2_STAGES = inventoryKey<PerResource<GatewayStage[]>>('aws.apigateway.v2Stages', 'regional');

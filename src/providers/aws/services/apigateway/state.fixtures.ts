/** Builders for the API Gateway case tables. */
import { snapshot } from '../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../model/fetched.js';
import {
  APIGW_REST_APIS,
  APIGW_REST_METHODS,
  APIGW_REST_STAGES,
  APIGW_V2_APIS,
  APIGW_V2_STAGES,
  type GatewayApi,
  type GatewayMethod,
  type GatewayStage,
} from './state.js';

export const R = 'us-east-1';
const restApi: GatewayApi = { id: 'a1', name: 'orders', arn: 'arn:aws:apigateway:us-east-1::/restapis/a1', protocol: 'REST' };
const httpApi: GatewayApi = { id: 'h1', name: 'web', arn: 'arn:aws:apigateway:us-east-1::/apis/h1', protocol: 'HTTP' };

const wrap = <T>(v: T | Fetched<T>): Fetched<T> =>
  v && typeof v === 'object' && 'ok' in (v as object) ? (v as Fetched<T>) : { ok: true, value: v as T };

/** One REST API with the given stages and no HTTP APIs. */
export function restStages(stages: GatewayStage[] | Fetched<GatewayStage[]>) {
  return snapshot()
    .regional(APIGW_REST_APIS, R, [restApi])
    .regional(APIGW_REST_STAGES, R, { a1: wrap(stages) })
    .regional(APIGW_V2_APIS, R, [])
    .regional(APIGW_V2_STAGES, R, {});
}

/** One HTTP API with the given stages and no REST APIs. */
export function httpStages(stages: GatewayStage[]) {
  return snapshot()
    .regional(APIGW_REST_APIS, R, [])
    .regional(APIGW_REST_STAGES, R, {})
    .regional(APIGW_V2_APIS, R, [httpApi])
    .regional(APIGW_V2_STAGES, R, { h1: wrap(stages) });
}

export function restMethods(methods: GatewayMethod[] | Fetched<GatewayMethod[]>) {
  return snapshot()
    .regional(APIGW_REST_APIS, R, [restApi])
    .regional(APIGW_REST_METHODS, R, { a1: wrap(methods) });
}

export const method = (httpMethod: string, authorizationType: string, apiKeyRequired = false): GatewayMethod => ({
  path: '/orders',
  httpMethod,
  authorizationType,
  apiKeyRequired,
});

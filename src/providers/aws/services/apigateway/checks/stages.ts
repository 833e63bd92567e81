/** Every stage of every REST, HTTP and WebSocket API in a region, as one resource each. */
import type { CheckContext, Finding } from '../../../../../model/check.js';
import type { InventoryKey, PerResource } from '../../../../../model/keys.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { all, awsResource, lookup } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { APIGW_REST_APIS, APIGW_REST_STAGES, APIGW_V2_APIS, APIGW_V2_STAGES, type GatewayApi, type GatewayStage } from '../state.js';

export const STAGE = 'AWS::ApiGateway::Stage';

export type StageJudge = (api: GatewayApi, stage: GatewayStage, resource: ResourceRef) => Finding;

function stagesOf(
  ctx: CheckContext,
  list: InventoryKey<GatewayApi[]>,
  stages: InventoryKey<PerResource<GatewayStage[]>>,
  judge: StageJudge,
): Finding[] {
  return eachRegional(ctx, list, 'AWS::ApiGateway::RestApi', (a, apiResource, region) => {
    const got = all(apiResource, [lookup(ctx, stages, a.id, region)]);
    if (!got.ok) return got.finding;
    return got.values[0].map((s) => judge(a, s, awsResource(ctx, STAGE, region, `${a.arn}/stages/${s.name}`, `${a.name}/${s.name}`)));
  });
}

export function eachRestStage(ctx: CheckContext, judge: StageJudge): Finding[] {
  return stagesOf(ctx, APIGW_REST_APIS, APIGW_REST_STAGES, judge);
}

export function eachV2Stage(ctx: CheckContext, judge: StageJudge): Finding[] {
  return stagesOf(ctx, APIGW_V2_APIS, APIGW_V2_STAGES, judge);
}

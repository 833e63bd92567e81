import {
  APIGatewayClient,
  GetDomainNamesCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  GetStagesCommand,
} from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, GetApisCommand, GetStagesCommand as GetV2StagesCommand } from '@aws-sdk/client-apigatewayv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { APIGW_DOMAINS, APIGW_REST_APIS, APIGW_REST_METHODS, APIGW_REST_STAGES, APIGW_V2_APIS, APIGW_V2_STAGES } from './state.js';

let v1 = mockClient(APIGatewayClient);
let v2 = mockClient(ApiGatewayV2Client);
afterEach(() => {
  v1.reset();
  v2.reset();
});

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]![R]!.result;

describe('aws.apigateway collectors', () => {
  it('follows REST and v2 pages and reads stages and methods per API', async () => {
    v1.on(GetRestApisCommand)
      .resolvesOnce({ items: [{ id: 'b', name: 'B' }], position: 'p' })
      .resolvesOnce({ items: [{ id: 'a', name: 'A' }] });
    v1.on(GetStagesCommand, { restApiId: 'a' }).resolves({
      item: [{ stageName: 'prod', methodSettings: { '*/*': { loggingLevel: 'INFO' } }, tracingEnabled: true }],
    });
    v1.on(GetStagesCommand, { restApiId: 'b' }).rejects(awsError('AccessDeniedException', 403));
    v1.on(GetResourcesCommand, { restApiId: 'a' })
      .resolvesOnce({ items: [{ id: 'r', path: '/x', resourceMethods: { GET: { authorizationType: 'NONE' } } }], position: 'q' })
      .resolvesOnce({ items: [{ id: 's', path: '/y', resourceMethods: { PUT: { authorizationType: 'AWS_IAM', apiKeyRequired: true } } }] });
    v1.on(GetResourcesCommand, { restApiId: 'b' }).resolves({ items: [] });
    v1.on(GetDomainNamesCommand).resolves({ items: [{ domainName: 'api.example.com', securityPolicy: 'TLS_1_2' }] });
    v2.on(GetApisCommand)
      .resolvesOnce({
        Items: [{ ApiId: 'h2', Name: 'H2', ProtocolType: 'HTTP', RouteSelectionExpression: '$request.method $request.path' }],
        NextToken: 'n',
      })
      .resolvesOnce({ Items: [{ ApiId: 'h1', Name: 'H1', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' }] });
    v2.on(GetV2StagesCommand).resolves({ Items: [{ StageName: '$default' }] });
    const { inventory } = await collect([
      APIGW_REST_APIS,
      APIGW_REST_STAGES,
      APIGW_REST_METHODS,
      APIGW_DOMAINS,
      APIGW_V2_APIS,
      APIGW_V2_STAGES,
    ]);
    expect(v1.commandCalls(GetRestApisCommand)[1]!.args[0].input).toMatchObject({ position: 'p' });
    expect(v2.commandCalls(GetApisCommand)[1]!.args[0].input).toMatchObject({ NextToken: 'n' });
    expect(result(inventory, APIGW_REST_APIS.id)).toMatchObject({ ok: true, value: [{ id: 'a' }, { id: 'b' }] });
    expect(result(inventory, APIGW_REST_STAGES.id)).toMatchObject({
      ok: true,
      value: {
        a: { ok: true, value: [{ name: 'prod', executionLogging: 'INFO', tracingEnabled: true }] },
        b: { ok: false, error: { kind: 'denied' } },
      },
    });
    expect(result(inventory, APIGW_REST_METHODS.id)).toMatchObject({
      ok: true,
      value: {
        a: {
          ok: true,
          value: [
            { path: '/x', httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: false },
            { path: '/y', httpMethod: 'PUT', authorizationType: 'AWS_IAM', apiKeyRequired: true },
          ],
        },
      },
    });
    expect(result(inventory, APIGW_DOMAINS.id)).toMatchObject({
      ok: true,
      value: [{ name: 'api.example.com', securityPolicy: 'TLS_1_2' }],
    });
    expect(result(inventory, APIGW_V2_STAGES.id)).toMatchObject({
      ok: true,
      value: { h1: { ok: true, value: [{ name: '$default' }] }, h2: { ok: true } },
    });
  });

  it('records AccessDenied as denied', async () => {
    v1.on(GetRestApisCommand).rejects(awsError('AccessDeniedException', 403));
    v2.on(GetApisCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([APIGW_REST_STAGES, APIGW_V2_STAGES]);
    expect(result(inventory, APIGW_REST_STAGES.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'apigateway:GetRestApis', action: 'apigateway:GET' },
    });
    expect(result(inventory, APIGW_V2_STAGES.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'apigatewayv2:GetApis' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    v1.restore();
    v2.restore();
    try {
      const list = throttledThen({ items: [] }, 2, 'TooManyRequestsException');
      const { inventory, stats } = await collect([APIGW_REST_APIS], { client: { configure: fakeService({ GetRestApis: list }) } });
      expect(result(inventory, APIGW_REST_APIS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['apigateway:GetRestApis']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      v1 = mockClient(APIGatewayClient);
      v2 = mockClient(ApiGatewayV2Client);
    }
  });
});

/** The demo estate's API Gateway: a locked-down orders API and an internal tool API left open. */
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const STAGES: Record<string, object[]> = {
  ord1234567: [
    {
      stageName: 'prod',
      methodSettings: { '*/*': { loggingLevel: 'ERROR' } },
      accessLogSettings: { destinationArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:api-access' },
      webAclArn: 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api-protection/4d5e6f',
      tracingEnabled: true,
    },
  ],
  tool987654: [{ stageName: 'dev', tracingEnabled: false }],
};
const RESOURCES: Record<string, object[]> = {
  ord1234567: [
    {
      id: 'r1',
      path: '/orders',
      resourceMethods: { GET: { authorizationType: 'COGNITO_USER_POOLS' }, OPTIONS: { authorizationType: 'NONE' } },
    },
  ],
  tool987654: [{ id: 'r2', path: '/admin/reset', resourceMethods: { POST: { authorizationType: 'NONE', apiKeyRequired: false } } }],
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  apigateway: {
    GetRestApis: (_input, region) => ({
      items:
        region === REGION
          ? [
              { id: 'ord1234567', name: 'orders' },
              { id: 'tool987654', name: 'internal-tools' },
            ]
          : [],
    }),
    GetStages: (input) => ({ item: STAGES[input.restApiId as string] ?? [] }),
    GetResources: (input) => ({ items: RESOURCES[input.restApiId as string] ?? [] }),
    GetDomainNames: (_input, region) => ({
      items:
        region === REGION
          ? [
              { domainName: 'api.shop.example.com', securityPolicy: 'TLS_1_2' },
              { domainName: 'tools.example.com', securityPolicy: 'TLS_1_0' },
            ]
          : [],
    }),
  },
  apigatewayv2: {
    GetApis: (_input, region) => ({ Items: region === REGION ? [{ ApiId: 'web1', Name: 'storefront', ProtocolType: 'HTTP' }] : [] }),
    GetStages: () => ({
      Items: [{ StageName: '$default', AccessLogSettings: { DestinationArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:web-access' } }],
    }),
  },
};

import { type ApiSpec, api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollectContext, AwsCollector } from '../../context.js';
import { type PolicyDocument, parsePolicyDocument } from '../../iam-policy.js';
import { LAMBDA_FUNCTION_URLS, LAMBDA_FUNCTIONS, LAMBDA_POLICIES, type LambdaFunction, type LambdaFunctionUrl } from './state.js';

const LAMBDA = awsClient('lambda', 'lambda', async () => (await import('@aws-sdk/client-lambda')).LambdaClient);

const LIST_FUNCTIONS = api('lambda:ListFunctions');
const LIST_URLS = api('lambda:ListFunctionUrlConfigs');
const GET_POLICY = api('lambda:GetPolicy');

const functions: AwsCollector<LambdaFunction[]> = {
  key: LAMBDA_FUNCTIONS,
  service: 'lambda',
  apis: [LIST_FUNCTIONS],
  async collect(ctx, region) {
    const { paginateListFunctions } = await import('@aws-sdk/client-lambda');
    const client = await ctx.client(LAMBDA, region);
    const out: LambdaFunction[] = [];
    await ctx.call(LIST_FUNCTIONS, async () => {
      for await (const page of paginateListFunctions({ client, pageSize: 50 }, {})) {
        for (const f of page.Functions ?? []) {
          if (!f.FunctionName || !f.FunctionArn) continue;
          out.push({
            name: f.FunctionName,
            arn: f.FunctionArn,
            packageType: f.PackageType ?? 'Zip',
            ...(f.Runtime ? { runtime: f.Runtime } : {}),
            ...(f.KMSKeyArn ? { kmsKeyArn: f.KMSKeyArn } : {}),
            // Only the count: variable values are often secrets and never enter the snapshot.
            environmentVariables: Object.keys(f.Environment?.Variables ?? {}).length,
            ...(f.VpcConfig?.VpcId ? { vpcId: f.VpcConfig.VpcId } : {}),
            ...(f.TracingConfig?.Mode ? { tracingMode: f.TracingConfig.Mode } : {}),
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

type LambdaSdk = typeof import('@aws-sdk/client-lambda');
type LambdaSdkClient = InstanceType<LambdaSdk['LambdaClient']>;

/** No bulk API lists URLs or policies across functions, so each is one call per listed function. */
function perFunction<T>(
  key: InventoryKey<PerResource<T>>,
  spec: ApiSpec,
  fetch: (sdk: LambdaSdk, client: LambdaSdkClient, f: LambdaFunction, ctx: AwsCollectContext) => Promise<Fetched<T>>,
): AwsCollector<PerResource<T>> {
  return {
    key,
    service: 'lambda',
    apis: [spec],
    dependsOn: [LAMBDA_FUNCTIONS],
    async collect(ctx, region) {
      const sdk = await import('@aws-sdk/client-lambda');
      const client = await ctx.client(LAMBDA, region);
      const fns = await ctx.need(LAMBDA_FUNCTIONS, region);
      return perResource(
        fns,
        (f) => f.name,
        (f) => fetch(sdk, client, f, ctx),
      );
    },
  };
}

const urls = perFunction<LambdaFunctionUrl[]>(LAMBDA_FUNCTION_URLS, LIST_URLS, async (sdk, client, f, ctx) => {
  const res = await ctx.attempt(LIST_URLS, async () => {
    const list: LambdaFunctionUrl[] = [];
    for await (const page of sdk.paginateListFunctionUrlConfigs({ client, pageSize: 50 }, { FunctionName: f.name })) {
      for (const u of page.FunctionUrlConfigs ?? []) list.push({ url: u.FunctionUrl ?? '', authType: u.AuthType ?? 'UNKNOWN' });
    }
    return list;
  });
  return res.ok ? ok(res.value ?? []) : res;
});

// A function without a policy answers ResourceNotFoundException: no grants, not an error.
const policies = perFunction<PolicyDocument | null>(LAMBDA_POLICIES, GET_POLICY, (sdk, client, f, ctx) =>
  ctx.attempt(GET_POLICY, async () => {
    const out = await client.send(new sdk.GetPolicyCommand({ FunctionName: f.name }));
    return out.Policy ? parsePolicyDocument(out.Policy) : null;
  }, ['ResourceNotFoundException']),
);

export const lambdaCollectors: readonly AwsCollector<unknown>[] = [functions, urls, policies] as readonly AwsCollector<unknown>[];

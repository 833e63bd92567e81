import { type ApiSpec, api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollectContext, AwsCollector } from '../../context.js';
import { type PolicyDocument, parsePolicyDocument } from '../../iam-policy.js';
import {
  ECR_LIFECYCLE_POLICIES,
  ECR_REGISTRY_SCANNING,
  ECR_REPOSITORIES,
  ECR_REPOSITORY_POLICIES,
  type EcrRegistryScanning,
  type EcrRepository,
} from './state.js';

const ECR = awsClient('ecr', 'ecr', async () => (await import('@aws-sdk/client-ecr')).ECRClient);

const DESCRIBE_REPOSITORIES = api('ecr:DescribeRepositories');
const GET_SCANNING = api('ecr:GetRegistryScanningConfiguration');
const GET_POLICY = api('ecr:GetRepositoryPolicy');
const GET_LIFECYCLE = api('ecr:GetLifecyclePolicy');

const repositories: AwsCollector<EcrRepository[]> = {
  key: ECR_REPOSITORIES,
  service: 'ecr',
  apis: [DESCRIBE_REPOSITORIES],
  async collect(ctx, region) {
    const { paginateDescribeRepositories } = await import('@aws-sdk/client-ecr');
    const client = await ctx.client(ECR, region);
    const out: EcrRepository[] = [];
    await ctx.call(DESCRIBE_REPOSITORIES, async () => {
      for await (const page of paginateDescribeRepositories({ client, pageSize: 1000 }, {})) {
        for (const r of page.repositories ?? []) {
          if (!r.repositoryName || !r.repositoryArn) continue;
          out.push({
            name: r.repositoryName,
            arn: r.repositoryArn,
            tagMutability: r.imageTagMutability ?? 'UNKNOWN',
            scanOnPush: r.imageScanningConfiguration?.scanOnPush ?? false,
            encryptionType: r.encryptionConfiguration?.encryptionType ?? 'AES256',
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

const scanning: AwsCollector<EcrRegistryScanning> = {
  key: ECR_REGISTRY_SCANNING,
  service: 'ecr',
  apis: [GET_SCANNING],
  async collect(ctx, region) {
    const { GetRegistryScanningConfigurationCommand } = await import('@aws-sdk/client-ecr');
    const client = await ctx.client(ECR, region);
    const out = await ctx.call(GET_SCANNING, () => client.send(new GetRegistryScanningConfigurationCommand({})));
    const c = out.scanningConfiguration;
    return {
      scanType: c?.scanType ?? 'BASIC',
      rules: (c?.rules ?? []).map((r) => ({
        frequency: r.scanFrequency ?? 'MANUAL',
        filters: (r.repositoryFilters ?? []).flatMap((f) => (f.filter ? [f.filter] : [])),
      })),
    };
  },
};

type EcrSdk = typeof import('@aws-sdk/client-ecr');
type EcrSdkClient = InstanceType<EcrSdk['ECRClient']>;

/** ECR has no bulk read of repository policies or lifecycle policies: one call per repository. */
function perRepository<T>(
  key: InventoryKey<PerResource<T>>,
  spec: ApiSpec,
  fetch: (sdk: EcrSdk, client: EcrSdkClient, r: EcrRepository, ctx: AwsCollectContext) => Promise<Fetched<T>>,
): AwsCollector<PerResource<T>> {
  return {
    key,
    service: 'ecr',
    apis: [spec],
    dependsOn: [ECR_REPOSITORIES],
    async collect(ctx, region) {
      const sdk = await import('@aws-sdk/client-ecr');
      const client = await ctx.client(ECR, region);
      const repos = await ctx.need(ECR_REPOSITORIES, region);
      return perResource(
        repos,
        (r) => r.name,
        (r) => fetch(sdk, client, r, ctx),
      );
    },
  };
}

const policies = perRepository<PolicyDocument | null>(ECR_REPOSITORY_POLICIES, GET_POLICY, (sdk, client, r, ctx) =>
  ctx.attempt(GET_POLICY, async () => {
    const out = await client.send(new sdk.GetRepositoryPolicyCommand({ repositoryName: r.name }));
    return out.policyText ? parsePolicyDocument(out.policyText) : null;
  }, ['RepositoryPolicyNotFoundException']),
);

const lifecycles = perRepository<{ rules: number } | null>(ECR_LIFECYCLE_POLICIES, GET_LIFECYCLE, async (sdk, client, r, ctx) => {
  const res = await ctx.attempt(
    GET_LIFECYCLE,
    async () => (await client.send(new sdk.GetLifecyclePolicyCommand({ repositoryName: r.name }))).lifecyclePolicyText ?? null,
    ['LifecyclePolicyNotFoundException'],
  );
  if (!res.ok || res.value === null) return res as Fetched<null>;
  try {
    const rules = (JSON.parse(res.value) as { rules?: unknown[] }).rules;
    return ok({ rules: Array.isArray(rules) ? rules.length : 0 });
  } catch {
    return unreadable(GET_LIFECYCLE, `lifecycle policy of ${r.name} is not valid JSON`);
  }
});

export const ecrCollectors: readonly AwsCollector<unknown>[] = [
  repositories,
  scanning,
  policies,
  lifecycles,
] as readonly AwsCollector<unknown>[];

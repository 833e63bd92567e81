import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { api, perResource } from '../../../../inventory/collector.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { type PolicyDocument, parsePolicyDocument } from '../../iam-policy.js';
import { SECRET_POLICIES, SECRETS, type Secret } from './state.js';

export const SECRETS_MANAGER = awsClient<SecretsManagerClient>(
  'secretsmanager',
  'secretsmanager',
  async () => (await import('@aws-sdk/client-secrets-manager')).SecretsManagerClient,
);

const LIST_SECRETS = api('secretsmanager:ListSecrets');
const GET_POLICY = api('secretsmanager:GetResourcePolicy');

const iso = (d: Date | undefined) => (d ? { value: d.toISOString() } : undefined);

const secrets: AwsCollector<readonly Secret[]> = {
  key: SECRETS,
  service: 'secretsmanager',
  apis: [LIST_SECRETS],
  async collect(ctx, region) {
    const { paginateListSecrets } = await import('@aws-sdk/client-secrets-manager');
    const client = await ctx.client(SECRETS_MANAGER, region);
    const out: Secret[] = [];
    await ctx.call(LIST_SECRETS, async () => {
      for await (const page of paginateListSecrets({ client, pageSize: 100 }, {})) {
        for (const s of page.SecretList ?? []) {
          if (!s.ARN || !s.Name) continue;
          const rotated = iso(s.LastRotatedDate);
          const accessed = iso(s.LastAccessedDate);
          const created = iso(s.CreatedDate);
          out.push({
            arn: s.ARN,
            name: s.Name,
            rotationEnabled: s.RotationEnabled === true,
            ...(rotated ? { lastRotated: rotated.value } : {}),
            ...(accessed ? { lastAccessed: accessed.value } : {}),
            ...(created ? { created: created.value } : {}),
            ...(s.KmsKeyId ? { kmsKeyId: s.KmsKeyId } : {}),
          });
        }
      }
    });
    return out;
  },
};

// ListSecrets says nothing about resource policies, so each secret's is read on its own.
const policies: AwsCollector<PerResource<PolicyDocument | null>> = {
  key: SECRET_POLICIES,
  service: 'secretsmanager',
  apis: [GET_POLICY],
  dependsOn: [SECRETS],
  async collect(ctx, region) {
    const { GetResourcePolicyCommand } = await import('@aws-sdk/client-secrets-manager');
    const list = await ctx.need(SECRETS, region);
    const client = await ctx.client(SECRETS_MANAGER, region);
    return perResource(
      list,
      (s) => s.arn,
      (s) =>
        ctx.attempt(GET_POLICY, async () => {
          const out = await client.send(new GetResourcePolicyCommand({ SecretId: s.arn }));
          return out.ResourcePolicy ? parsePolicyDocument(out.ResourcePolicy) : null;
        }),
    );
  },
};

export const secretsManagerCollectors: readonly AwsCollector<unknown>[] = [secrets, policies] as readonly AwsCollector<unknown>[];

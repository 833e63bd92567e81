import type { KMSClient } from '@aws-sdk/client-kms';
import { type ApiSpec, api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import type { AwsCollectContext, AwsCollector } from '../../context.js';
import { type PolicyDocument, parsePolicyDocument } from '../../iam-policy.js';
import { type KeyRotation, KMS_KEY_POLICIES, KMS_KEY_ROTATION, KMS_KEYS, type KmsKey, kmsKeyArn, rotationNotApplicable } from './state.js';

const LIST_KEYS = api('kms:ListKeys');
const DESCRIBE_KEY = api('kms:DescribeKey');
const GET_ROTATION = api('kms:GetKeyRotationStatus');
const GET_POLICY = api('kms:GetKeyPolicy');

const keys: AwsCollector<PerResource<KmsKey>> = {
  key: KMS_KEYS,
  service: 'kms',
  apis: [LIST_KEYS, DESCRIBE_KEY],
  async collect(ctx, region) {
    const { paginateListKeys, DescribeKeyCommand } = await import('@aws-sdk/client-kms');
    const client = await ctx.client('kms', region);
    const ids: string[] = [];
    await ctx.call(LIST_KEYS, async () => {
      for await (const page of paginateListKeys({ client, pageSize: 1000 }, {})) {
        for (const k of page.Keys ?? []) if (k.KeyId) ids.push(k.KeyId);
      }
    });
    // ListKeys says nothing about who manages a key or what it is for, so every key needs DescribeKey.
    return perResource(
      ids.sort(),
      (id) => id,
      async (id): Promise<Fetched<KmsKey>> => {
        const res = await ctx.attempt(DESCRIBE_KEY, () => client.send(new DescribeKeyCommand({ KeyId: id })));
        if (!res.ok) return res;
        const m = res.value?.KeyMetadata;
        if (!m) return unreadable(DESCRIBE_KEY, 'DescribeKey returned no KeyMetadata');
        // Who manages the key decides whether rotation and policy checks apply: never assume CUSTOMER.
        if (m.KeyManager !== 'AWS' && m.KeyManager !== 'CUSTOMER') {
          return unreadable(DESCRIBE_KEY, `DescribeKey returned KeyManager ${m.KeyManager ?? '(none)'}`);
        }
        return ok({
          keyId: id,
          arn: m.Arn ?? kmsKeyArn(ctx.account.partition, region, ctx.account.id, id),
          keyManager: m.KeyManager,
          // Missing fields stay visibly unknown rather than defaulting to the common case.
          keySpec: m.KeySpec ?? m.CustomerMasterKeySpec ?? 'UNKNOWN',
          keyUsage: m.KeyUsage ?? 'UNKNOWN',
          keyState: m.KeyState ?? 'UNKNOWN',
          origin: m.Origin ?? 'UNKNOWN',
          multiRegion: m.MultiRegion ?? false,
        });
      },
    );
  },
};

type KmsSdk = typeof import('@aws-sdk/client-kms');

/**
 * A collector of one call per described key that `want` selects. Keys whose DescribeKey
 * failed are skipped: their error already stands in `aws.kms.keys`.
 */
function perKeyCollector<T>(
  key: InventoryKey<PerResource<T>>,
  spec: ApiSpec,
  want: (k: KmsKey) => boolean,
  fetch: (kms: KmsSdk, client: KMSClient, k: KmsKey, ctx: AwsCollectContext) => Promise<Fetched<T>>,
): AwsCollector<PerResource<T>> {
  return {
    key,
    service: 'kms',
    apis: [spec],
    dependsOn: [KMS_KEYS],
    async collect(ctx, region) {
      const kms = await import('@aws-sdk/client-kms');
      const client = await ctx.client('kms', region);
      const all = await ctx.need(KMS_KEYS, region);
      const selected = Object.values(all).flatMap((r) => (r.ok && want(r.value) ? [r.value] : []));
      return perResource(
        selected,
        (k) => k.keyId,
        (k) => fetch(kms, client, k, ctx),
      );
    },
  };
}

// Only keys that can rotate: for the rest KMS answers UnsupportedOperation or the question is moot.
const rotation = perKeyCollector<KeyRotation>(
  KMS_KEY_ROTATION,
  GET_ROTATION,
  (k) => rotationNotApplicable(k) === null,
  async (kms, client, k, ctx) => {
    const res = await ctx.attempt(GET_ROTATION, () => client.send(new kms.GetKeyRotationStatusCommand({ KeyId: k.keyId })));
    if (!res.ok) return res;
    const enabled = res.value?.KeyRotationEnabled;
    if (enabled === undefined) return unreadable(GET_ROTATION, 'GetKeyRotationStatus returned no KeyRotationEnabled');
    const period = res.value?.RotationPeriodInDays;
    return ok({ enabled, ...(enabled && period !== undefined ? { periodDays: period } : {}) });
  },
);

// AWS-managed key policies are written by AWS and cannot be changed, so only customer keys are read.
const policies = perKeyCollector<PolicyDocument>(
  KMS_KEY_POLICIES,
  GET_POLICY,
  (k) => k.keyManager === 'CUSTOMER',
  async (kms, client, k, ctx) => {
    const res = await ctx.attempt(GET_POLICY, async () => {
      const out = await client.send(new kms.GetKeyPolicyCommand({ KeyId: k.keyId, PolicyName: 'default' }));
      if (out.Policy === undefined) return null;
      // Parsing inside the attempt: a malformed document becomes this key's error, not the key set's.
      return parsePolicyDocument(out.Policy);
    });
    if (!res.ok) return res;
    return res.value === null ? unreadable(GET_POLICY, 'GetKeyPolicy returned no policy') : ok(res.value);
  },
);

export const kmsCollectors: readonly AwsCollector<unknown>[] = [keys, rotation, policies] as readonly AwsCollector<unknown>[];

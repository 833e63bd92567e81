import type { AthenaClient } from '@aws-sdk/client-athena';
import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { ATHENA_WORKGROUPS, type AthenaWorkgroup } from './state.js';

const ATHENA = awsClient<AthenaClient>('athena', 'athena', async () => (await import('@aws-sdk/client-athena')).AthenaClient);

const LIST_WORKGROUPS = api('athena:ListWorkGroups');
const GET_WORKGROUP = api('athena:GetWorkGroup');

const workgroups: AwsCollector<PerResource<AthenaWorkgroup>> = {
  key: ATHENA_WORKGROUPS,
  service: 'athena',
  apis: [LIST_WORKGROUPS, GET_WORKGROUP],
  async collect(ctx, region) {
    const { paginateListWorkGroups, GetWorkGroupCommand } = await import('@aws-sdk/client-athena');
    const client = await ctx.client(ATHENA, region);
    const names: string[] = [];
    await ctx.call(LIST_WORKGROUPS, async () => {
      for await (const page of paginateListWorkGroups({ client, pageSize: 50 }, {})) {
        // A DISABLED workgroup runs no queries, so its settings protect nothing until it is enabled again.
        for (const w of page.WorkGroups ?? []) if (w.Name && w.State === 'ENABLED') names.push(w.Name);
      }
    });
    const arnOf = (name: string) => `arn:${ctx.account.partition}:athena:${region}:${ctx.account.id}:workgroup/${name}`;
    return perResource(
      names.sort(),
      (n) => n,
      async (name): Promise<Fetched<AthenaWorkgroup>> => {
        const res = await ctx.attempt(GET_WORKGROUP, () => client.send(new GetWorkGroupCommand({ WorkGroup: name })));
        if (!res.ok) return res;
        const w = res.value?.WorkGroup;
        if (!w?.Configuration) return unreadable(GET_WORKGROUP, `workgroup ${name}: no Configuration in the answer`);
        const c = w.Configuration;
        const enc = c.ResultConfiguration?.EncryptionConfiguration;
        const kms = enc?.KmsKey ?? c.ManagedQueryResultsConfiguration?.EncryptionConfiguration?.KmsKey;
        return ok({
          arn: arnOf(name),
          name,
          engine: c.EngineVersion?.EffectiveEngineVersion ?? c.EngineVersion?.SelectedEngineVersion ?? 'AUTO',
          enforced: c.EnforceWorkGroupConfiguration ?? null,
          resultEncryption: enc?.EncryptionOption ?? null,
          ...(kms ? { resultKmsKey: kms } : {}),
          managedResults: c.ManagedQueryResultsConfiguration?.Enabled === true,
          metrics: c.PublishCloudWatchMetricsEnabled ?? null,
        });
      },
    );
  },
};

export const athenaCollectors: readonly AwsCollector<unknown>[] = [workgroups] as readonly AwsCollector<unknown>[];

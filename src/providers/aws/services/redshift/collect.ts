import { api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { type AwsClientCtor, awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { REDSHIFT_CLUSTERS, REDSHIFT_LOGGING, REDSHIFT_REQUIRE_SSL, type RedshiftCluster, type RedshiftLogging } from './state.js';

/**
 * The installed @aws-sdk/client-redshift ships a truncated declaration file
 * (commands/DeleteEndpointAccessCommand.d.ts) that stops the type check, so the module is loaded
 * through an untyped specifier and described by the few shapes this collector uses.
 */
const MODULE: string = '@aws-sdk/client-redshift';

interface RedshiftSend {
  send(command: unknown): Promise<unknown>;
}
type Command = new (input: Record<string, unknown>) => unknown;
interface RedshiftSdk {
  RedshiftClient: AwsClientCtor<RedshiftSend>;
  DescribeClustersCommand: Command;
  DescribeLoggingStatusCommand: Command;
  DescribeClusterParametersCommand: Command;
}
interface ClusterOut {
  ClusterIdentifier?: string;
  Encrypted?: boolean;
  PubliclyAccessible?: boolean;
  EnhancedVpcRouting?: boolean;
  AutomatedSnapshotRetentionPeriod?: number;
  AllowVersionUpgrade?: boolean;
  ClusterParameterGroups?: { ParameterGroupName?: string }[];
}

const sdk = async (): Promise<RedshiftSdk> => (await import(MODULE)) as RedshiftSdk;

export const REDSHIFT = awsClient<RedshiftSend>('redshift', 'redshift', async () => (await sdk()).RedshiftClient);

const DESCRIBE_CLUSTERS = api('redshift:DescribeClusters');
const DESCRIBE_LOGGING = api('redshift:DescribeLoggingStatus');
const DESCRIBE_PARAMETERS = api('redshift:DescribeClusterParameters');

/** Every page of a Marker-paginated Redshift operation. */
async function* pages<T extends { Marker?: string }>(
  client: RedshiftSend,
  Cmd: Command,
  input: Record<string, unknown>,
): AsyncGenerator<T> {
  let marker: string | undefined;
  do {
    const page = (await client.send(new Cmd({ ...input, MaxRecords: 100, ...(marker ? { Marker: marker } : {}) }))) as T;
    yield page;
    marker = page.Marker;
  } while (marker);
}

const clusters: AwsCollector<readonly RedshiftCluster[]> = {
  key: REDSHIFT_CLUSTERS,
  service: 'redshift',
  apis: [DESCRIBE_CLUSTERS],
  async collect(ctx, region) {
    const { DescribeClustersCommand } = await sdk();
    const client = await ctx.client(REDSHIFT, region);
    const out: RedshiftCluster[] = [];
    await ctx.call(DESCRIBE_CLUSTERS, async () => {
      for await (const page of pages<{ Clusters?: ClusterOut[]; Marker?: string }>(client, DescribeClustersCommand, {})) {
        for (const c of page.Clusters ?? []) {
          if (!c.ClusterIdentifier) continue;
          out.push({
            // DescribeClusters carries no cluster ARN; this is its documented form.
            arn: `arn:${ctx.account.partition}:redshift:${region}:${ctx.account.id}:cluster:${c.ClusterIdentifier}`,
            name: c.ClusterIdentifier,
            encrypted: c.Encrypted === true,
            publiclyAccessible: c.PubliclyAccessible === true,
            enhancedVpcRouting: c.EnhancedVpcRouting === true,
            snapshotRetentionDays: c.AutomatedSnapshotRetentionPeriod ?? 0,
            allowVersionUpgrade: c.AllowVersionUpgrade === true,
            parameterGroups: (c.ClusterParameterGroups ?? []).flatMap((g) => (g.ParameterGroupName ? [g.ParameterGroupName] : [])),
          });
        }
      }
    });
    return out;
  },
};

const logging: AwsCollector<PerResource<RedshiftLogging>> = {
  key: REDSHIFT_LOGGING,
  service: 'redshift',
  apis: [DESCRIBE_LOGGING],
  dependsOn: [REDSHIFT_CLUSTERS],
  async collect(ctx, region) {
    const { DescribeLoggingStatusCommand } = await sdk();
    const list = await ctx.need(REDSHIFT_CLUSTERS, region);
    const client = await ctx.client(REDSHIFT, region);
    return perResource(
      list,
      (c) => c.name,
      async (c): Promise<Fetched<RedshiftLogging>> => {
        const res = await ctx.attempt(
          DESCRIBE_LOGGING,
          async () =>
            (await client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: c.name }))) as {
              LoggingEnabled?: boolean;
              LogDestinationType?: string;
            },
        );
        if (!res.ok) return res;
        const enabled = res.value?.LoggingEnabled === true;
        const destination = res.value?.LogDestinationType;
        return ok({ enabled, ...(enabled && destination ? { destination } : {}) });
      },
    );
  },
};

// Several clusters often share a parameter group, so each distinct group is read once.
const requireSsl: AwsCollector<PerResource<string | null>> = {
  key: REDSHIFT_REQUIRE_SSL,
  service: 'redshift',
  apis: [DESCRIBE_PARAMETERS],
  dependsOn: [REDSHIFT_CLUSTERS],
  async collect(ctx, region) {
    const { DescribeClusterParametersCommand } = await sdk();
    const list = await ctx.need(REDSHIFT_CLUSTERS, region);
    const client = await ctx.client(REDSHIFT, region);
    const groups = [...new Set(list.flatMap((c) => c.parameterGroups))].sort();
    type Page = { Parameters?: { ParameterName?: string; ParameterValue?: string }[]; Marker?: string };
    return perResource(
      groups,
      (g) => g,
      (group) =>
        ctx.attempt(DESCRIBE_PARAMETERS, async () => {
          for await (const page of pages<Page>(client, DescribeClusterParametersCommand, { ParameterGroupName: group })) {
            const hit = (page.Parameters ?? []).find((p) => p.ParameterName === 'require_ssl');
            if (hit) return hit.ParameterValue ?? null;
          }
          return null;
        }),
    );
  },
};

export const redshiftCollectors: readonly AwsCollector<unknown>[] = [clusters, logging, requireSsl] as readonly AwsCollector<unknown>[];

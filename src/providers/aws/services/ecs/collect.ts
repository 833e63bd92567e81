import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { ECS_TASK_DEFINITIONS, type EcsTaskDefinition } from './state.js';

const ECS = awsClient('ecs', 'ecs', async () => (await import('@aws-sdk/client-ecs')).ECSClient);

const LIST_FAMILIES = api('ecs:ListTaskDefinitionFamilies');
const DESCRIBE_TASK_DEFINITION = api('ecs:DescribeTaskDefinition');

const taskDefinitions: AwsCollector<PerResource<EcsTaskDefinition>> = {
  key: ECS_TASK_DEFINITIONS,
  service: 'ecs',
  apis: [LIST_FAMILIES, DESCRIBE_TASK_DEFINITION],
  async collect(ctx, region) {
    const { paginateListTaskDefinitionFamilies, DescribeTaskDefinitionCommand } = await import('@aws-sdk/client-ecs');
    const client = await ctx.client(ECS, region);
    const families: string[] = [];
    await ctx.call(LIST_FAMILIES, async () => {
      for await (const page of paginateListTaskDefinitionFamilies({ client, pageSize: 100 }, { status: 'ACTIVE' }))
        families.push(...(page.families ?? []));
    });
    // Describing a family name returns its latest ACTIVE revision, the one new tasks start from.
    return perResource(
      families.sort(),
      (f) => f,
      async (family): Promise<Fetched<EcsTaskDefinition>> => {
        const res = await ctx.attempt(DESCRIBE_TASK_DEFINITION, () =>
          client.send(new DescribeTaskDefinitionCommand({ taskDefinition: family })),
        );
        if (!res.ok) return res;
        const td = res.value?.taskDefinition;
        if (!td?.taskDefinitionArn)
          return unreadable(DESCRIBE_TASK_DEFINITION, `DescribeTaskDefinition of ${family} returned no definition`);
        return ok({
          name: `${family}:${td.revision ?? '?'}`,
          arn: td.taskDefinitionArn,
          family,
          networkMode: td.networkMode ?? 'bridge',
          osFamily: td.runtimePlatform?.operatingSystemFamily ?? 'LINUX',
          containers: (td.containerDefinitions ?? []).map((c) => ({
            name: c.name ?? '(unnamed)',
            privileged: c.privileged ?? false,
            readonlyRootFilesystem: c.readonlyRootFilesystem ?? false,
            ...(c.logConfiguration?.logDriver ? { logDriver: c.logConfiguration.logDriver } : {}),
            ...(c.user ? { user: c.user } : {}),
            // Names only: the values of plain environment variables are exactly what must not be copied.
            environmentNames: (c.environment ?? []).flatMap((e) => (e.name ? [e.name] : [])),
          })),
        });
      },
    );
  },
};

export const ecsCollectors: readonly AwsCollector<unknown>[] = [taskDefinitions] as readonly AwsCollector<unknown>[];

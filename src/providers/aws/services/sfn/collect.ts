import { api, perResource } from '../../../../inventory/collector.js';
import type { Fetched } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { SFN_STATE_MACHINES, type SfnStateMachine, stateMachineName } from './state.js';

const SFN = awsClient('states', 'states', async () => (await import('@aws-sdk/client-sfn')).SFNClient);

const LIST_MACHINES = api('states:ListStateMachines');
const DESCRIBE_MACHINE = api('states:DescribeStateMachine');

const stateMachines: AwsCollector<PerResource<SfnStateMachine>> = {
  key: SFN_STATE_MACHINES,
  service: 'sfn',
  apis: [LIST_MACHINES, DESCRIBE_MACHINE],
  async collect(ctx, region) {
    const { paginateListStateMachines, DescribeStateMachineCommand } = await import('@aws-sdk/client-sfn');
    const client = await ctx.client(SFN, region);
    const arns: string[] = [];
    await ctx.call(LIST_MACHINES, async () => {
      for await (const page of paginateListStateMachines({ client, pageSize: 1000 }, {})) {
        for (const m of page.stateMachines ?? []) if (m.stateMachineArn) arns.push(m.stateMachineArn);
      }
    });
    // The list carries no logging or tracing settings: one describe per machine.
    return perResource(
      arns.sort(),
      (a) => a,
      async (arn): Promise<Fetched<SfnStateMachine>> => {
        const res = await ctx.attempt(DESCRIBE_MACHINE, async () => {
          const d = await client.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
          return {
            arn,
            name: d.name ?? stateMachineName(arn),
            type: d.type ?? 'STANDARD',
            logLevel: d.loggingConfiguration?.level ?? 'OFF',
            logGroups: (d.loggingConfiguration?.destinations ?? []).flatMap((x) =>
              x.cloudWatchLogsLogGroup?.logGroupArn ? [x.cloudWatchLogsLogGroup.logGroupArn] : [],
            ),
            tracing: d.tracingConfiguration?.enabled === true,
          };
        });
        return res as Fetched<SfnStateMachine>;
      },
    );
  },
};

export const sfnCollectors: readonly AwsCollector<unknown>[] = [stateMachines] as readonly AwsCollector<unknown>[];

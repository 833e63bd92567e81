import { api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { type NotebookInstance, notebookArn, SAGEMAKER_NOTEBOOKS } from './state.js';

const SAGEMAKER = awsClient('sagemaker', 'sagemaker', async () => (await import('@aws-sdk/client-sagemaker')).SageMakerClient);

const LIST_NOTEBOOKS = api('sagemaker:ListNotebookInstances');
const DESCRIBE_NOTEBOOK = api('sagemaker:DescribeNotebookInstance');

const notebooks: AwsCollector<PerResource<NotebookInstance>> = {
  key: SAGEMAKER_NOTEBOOKS,
  service: 'sagemaker',
  apis: [LIST_NOTEBOOKS, DESCRIBE_NOTEBOOK],
  async collect(ctx, region) {
    const { paginateListNotebookInstances, DescribeNotebookInstanceCommand } = await import('@aws-sdk/client-sagemaker');
    const client = await ctx.client(SAGEMAKER, region);
    const names: string[] = [];
    await ctx.call(LIST_NOTEBOOKS, async () => {
      for await (const page of paginateListNotebookInstances({ client, pageSize: 100 }, {}))
        for (const n of page.NotebookInstances ?? []) if (n.NotebookInstanceName) names.push(n.NotebookInstanceName);
    });
    // The listing carries no network, root or key settings; DescribeNotebookInstance does.
    return perResource(
      names.sort(),
      (n) => n,
      async (name): Promise<Fetched<NotebookInstance>> => {
        const res = await ctx.attempt(DESCRIBE_NOTEBOOK, () =>
          client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: name })),
        );
        if (!res.ok) return res;
        const n = res.value;
        return ok({
          arn: n?.NotebookInstanceArn ?? notebookArn(ctx.account.partition, region, ctx.account.id, name),
          name,
          // Both settings are documented to default to Enabled when not given at creation.
          directInternetAccess: n?.DirectInternetAccess ?? 'Enabled',
          rootAccess: n?.RootAccess ?? 'Enabled',
          ...(n?.SubnetId ? { subnetId: n.SubnetId } : {}),
          ...(n?.KmsKeyId ? { kmsKeyId: n.KmsKeyId } : {}),
        });
      },
    );
  },
};

export const sagemakerCollectors: readonly AwsCollector<unknown>[] = [notebooks] as readonly AwsCollector<unknown>[];

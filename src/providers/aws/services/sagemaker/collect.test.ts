import { DescribeNotebookInstanceCommand, ListNotebookInstancesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { SAGEMAKER_NOTEBOOKS } from './state.js';

let sm = mockClient(SageMakerClient);
afterEach(() => sm.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[SAGEMAKER_NOTEBOOKS.id]![R]!.result;

describe('aws.sagemaker.notebookInstances', () => {
  it('follows ListNotebookInstances pages and describes each instance, keeping a failed describe on its instance', async () => {
    sm.on(ListNotebookInstancesCommand)
      .resolvesOnce({
        NotebookInstances: [
          {
            NotebookInstanceName: 'b',
            NotebookInstanceArn: 'x',
          },
        ],
        NextToken: 't',
      })
      .resolvesOnce({ NotebookInstances: [{ NotebookInstanceName: 'a', NotebookInstanceArn: 'y' }] });
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'a' }).resolves({
      NotebookInstanceArn: 'arn:a',
      NotebookInstanceName: 'a',
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Enabled',
      SubnetId: 'subnet-1',
      KmsKeyId: 'arn:key',
      Url: 'a.notebook.us-east-1.sagemaker.aws',
    });
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'b' }).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([SAGEMAKER_NOTEBOOKS]);
    expect(sm.commandCalls(ListNotebookInstancesCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        a: {
          ok: true,
          value: {
            arn: 'arn:a',
            name: 'a',
            directInternetAccess: 'Disabled',
            rootAccess: 'Enabled',
            subnetId: 'subnet-1',
            kmsKeyId: 'arn:key',
          },
        },
        b: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'sagemaker:DescribeNotebookInstance' }) },
      },
    });
  });

  it('takes the documented defaults when DescribeNotebookInstance omits the settings', async () => {
    sm.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [{ NotebookInstanceName: 'Old', NotebookInstanceArn: 'x' }] });
    sm.on(DescribeNotebookInstanceCommand).resolves({ NotebookInstanceName: 'Old' });
    const { inventory } = await collect([SAGEMAKER_NOTEBOOKS]);
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        Old: {
          ok: true,
          value: {
            arn: `arn:aws:sagemaker:${R}:111122223333:notebook-instance/old`,
            name: 'Old',
            directInternetAccess: 'Enabled',
            rootAccess: 'Enabled',
          },
        },
      },
    });
  });

  it('records AccessDenied on ListNotebookInstances as denied', async () => {
    sm.on(ListNotebookInstancesCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([SAGEMAKER_NOTEBOOKS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'sagemaker:ListNotebookInstances' } });
    expect(sm.commandCalls(DescribeNotebookInstanceCommand)).toHaveLength(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    sm.restore();
    try {
      const list = throttledThen({ NotebookInstances: [] });
      const { inventory, stats } = await collect([SAGEMAKER_NOTEBOOKS], {
        client: { configure: fakeService({ ListNotebookInstances: list }) },
      });
      expect(result(inventory)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['sagemaker:ListNotebookInstances']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      sm = mockClient(SageMakerClient);
    }
  });
});

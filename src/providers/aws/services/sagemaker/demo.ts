/** The demo estate's SageMaker: a locked-down notebook in the VPC and a default-settings one a data scientist clicked together. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const NOTEBOOKS: Record<string, object> = {
  'fraud-model': {
    DirectInternetAccess: 'Disabled',
    RootAccess: 'Disabled',
    SubnetId: 'subnet-0a1b2c3d4e5f60001',
    KmsKeyId: `arn:aws:kms:${REGION}:${DEMO_ACCOUNT}:key/5f1c0d2e-demo`,
  },
  'scratch-analysis': { DirectInternetAccess: 'Enabled', RootAccess: 'Enabled' },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  sagemaker: {
    ListNotebookInstances: (_input, region) => ({
      NotebookInstances: region === REGION ? Object.keys(NOTEBOOKS).map((NotebookInstanceName) => ({ NotebookInstanceName })) : [],
    }),
    DescribeNotebookInstance: (input, region) => ({
      NotebookInstanceName: input.NotebookInstanceName,
      NotebookInstanceArn: `arn:aws:sagemaker:${region}:${DEMO_ACCOUNT}:notebook-instance/${input.NotebookInstanceName}`,
      ...NOTEBOOKS[input.NotebookInstanceName as string],
    }),
  },
};

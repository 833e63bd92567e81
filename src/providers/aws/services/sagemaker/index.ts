import type { AwsService } from '../../service.js';
import { sagemakerNotebookDirectInternetDisabled } from './checks/aws.sagemaker.notebook-direct-internet-disabled.js';
import { sagemakerNotebookInVpc } from './checks/aws.sagemaker.notebook-in-vpc.js';
import { sagemakerNotebookKmsEncrypted } from './checks/aws.sagemaker.notebook-kms-encrypted.js';
import { sagemakerNotebookRootAccessDisabled } from './checks/aws.sagemaker.notebook-root-access-disabled.js';
import { sagemakerCollectors } from './collect.js';
import { demo } from './demo.js';

export const sagemaker: AwsService = {
  id: 'sagemaker',
  collectors: sagemakerCollectors,
  checks: [
    sagemakerNotebookDirectInternetDisabled,
    sagemakerNotebookInVpc,
    sagemakerNotebookKmsEncrypted,
    sagemakerNotebookRootAccessDisabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};

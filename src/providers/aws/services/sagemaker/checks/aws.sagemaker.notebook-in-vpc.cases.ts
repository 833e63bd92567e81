import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { sagemakerNotebookInVpc as check } from './aws.sagemaker.notebook-in-vpc.js';
import { notebook, notebookErrorCases } from './sagemaker.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'subnet passes', snapshot: notebook(), expected: [['pass', 'in-vpc']] },
    { name: 'no subnet fails', snapshot: notebook({ subnetId: undefined }), expected: [['fail', 'not-in-vpc']] },
    ...notebookErrorCases,
  ],
};

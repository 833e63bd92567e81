import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { sagemakerNotebookDirectInternetDisabled as check } from './aws.sagemaker.notebook-direct-internet-disabled.js';
import { notebook, notebookErrorCases } from './sagemaker.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'disabled passes', snapshot: notebook(), expected: [['pass', 'no-direct-internet']] },
    { name: 'enabled fails', snapshot: notebook({ directInternetAccess: 'Enabled' }), expected: [['fail', 'direct-internet']] },
    ...notebookErrorCases,
  ],
};

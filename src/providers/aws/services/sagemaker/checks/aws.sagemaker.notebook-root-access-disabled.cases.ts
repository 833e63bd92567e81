import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { sagemakerNotebookRootAccessDisabled as check } from './aws.sagemaker.notebook-root-access-disabled.js';
import { notebook, notebookErrorCases } from './sagemaker.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'disabled passes', snapshot: notebook(), expected: [['pass', 'root-disabled']] },
    { name: 'enabled fails', snapshot: notebook({ rootAccess: 'Enabled' }), expected: [['fail', 'root-enabled']] },
    ...notebookErrorCases,
  ],
};

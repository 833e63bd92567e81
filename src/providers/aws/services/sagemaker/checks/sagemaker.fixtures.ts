import { type CheckCase, ok, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { ACCT, deniedKey, R } from '../../cases.fixtures.js';
import { type NotebookInstance, SAGEMAKER_NOTEBOOKS } from '../state.js';

/** A snapshot holding one described notebook instance, hardened unless overridden. */
export function notebook(over: Partial<NotebookInstance> = {}) {
  const n: NotebookInstance = {
    arn: `arn:aws:sagemaker:${R}:${ACCT}:notebook-instance/research`,
    name: 'research',
    directInternetAccess: 'Disabled',
    rootAccess: 'Disabled',
    subnetId: 'subnet-0abc',
    kmsKeyId: `arn:aws:kms:${R}:${ACCT}:key/k`,
    ...over,
  };
  return snapshot().regional(SAGEMAKER_NOTEBOOKS, R, { [n.name]: ok(n) });
}

export const notebookErrorCases: CheckCase[] = [
  { name: 'no notebooks, no findings', snapshot: snapshot().regional(SAGEMAKER_NOTEBOOKS, R, {}), expected: [] },
  {
    name: 'denied listing is an error',
    snapshot: deniedKey(SAGEMAKER_NOTEBOOKS, 'sagemaker:ListNotebookInstances'),
    expected: [['error', 'error.denied']],
  },
  {
    name: 'throttled describe is an error on its instance',
    snapshot: snapshot().regional(SAGEMAKER_NOTEBOOKS, R, { research: throttled('sagemaker:DescribeNotebookInstance') }),
    expected: [['error', 'error.throttled']],
  },
];

import { fail, pass } from '../../../../check-kit.js';
import { notebookCheck } from './notebook-check.js';

export const sagemakerNotebookRootAccessDisabled = notebookCheck(
  {
    id: 'aws.sagemaker.notebook-root-access-disabled',
    title: 'SageMaker notebook instances do not give users root access',
    severity: 'high',
    rationale:
      'With RootAccess Enabled (the default), every user of the notebook can become root on the instance, change its software and ' +
      'reach whatever the instance role can. Security Hub (SageMaker.3) fails such instances; so does this check. Passes when ' +
      'RootAccess is Disabled (lifecycle configurations still run as root).',
    remediation: {
      text: 'Stop the notebook instance, disable root access, and start it again.',
      cli: 'aws sagemaker update-notebook-instance --notebook-instance-name <name> --root-access Disabled',
    },
  },
  (n, r) =>
    n.rootAccess === 'Disabled'
      ? pass(r, 'root-disabled', `Notebook ${n.name} does not give users root access.`, { rootAccess: n.rootAccess })
      : fail(r, 'root-enabled', `Notebook ${n.name} gives its users root access.`, { rootAccess: n.rootAccess }),
);

import { fail, pass } from '../../../../check-kit.js';
import { notebookCheck } from './notebook-check.js';

export const sagemakerNotebookDirectInternetDisabled = notebookCheck(
  {
    id: 'aws.sagemaker.notebook-direct-internet-disabled',
    title: 'SageMaker notebook instances have no direct internet access',
    severity: 'high',
    rationale:
      'With DirectInternetAccess Enabled (the default), SageMaker gives the notebook a route to the internet through its own ' +
      "network, outside the customer's VPC, security groups and flow logs; data can leave and code can arrive unseen. Security Hub " +
      '(SageMaker.1) fails such instances; so does this check. Passes when DirectInternetAccess is Disabled, which requires the ' +
      'instance to sit in a VPC subnet and reach the internet, if at all, through the VPC.',
    remediation: {
      text: 'Recreate the notebook instance in a VPC subnet with direct internet access disabled (the setting cannot be changed in place).',
      console: 'SageMaker → Notebook instances → Create → Network → VPC, subnet → Direct internet access: Disable',
    },
  },
  (n, r) =>
    n.directInternetAccess === 'Disabled'
      ? pass(r, 'no-direct-internet', `Notebook ${n.name} has no direct internet access.`, { directInternetAccess: n.directInternetAccess })
      : fail(r, 'direct-internet', `Notebook ${n.name} has direct internet access.`, { directInternetAccess: n.directInternetAccess }),
);

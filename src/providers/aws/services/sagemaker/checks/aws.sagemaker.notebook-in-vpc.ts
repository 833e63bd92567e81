import { fail, pass } from '../../../../check-kit.js';
import { notebookCheck } from './notebook-check.js';

export const sagemakerNotebookInVpc = notebookCheck(
  {
    id: 'aws.sagemaker.notebook-in-vpc',
    title: 'SageMaker notebook instances are placed in a VPC',
    severity: 'high',
    rationale:
      "A notebook instance given a SubnetId gets a network interface in the customer's VPC, where security groups, endpoint " +
      'policies and flow logs apply to its traffic. Without one it runs only in the SageMaker service network. Security Hub ' +
      '(SageMaker.2) fails instances that are not in a custom VPC; this check passes when SubnetId is set and fails otherwise.',
    remediation: {
      text: 'Recreate the notebook instance with a VPC, subnet and security groups (the network cannot be changed in place).',
      console: 'SageMaker → Notebook instances → Create → Network → VPC',
    },
  },
  (n, r) =>
    n.subnetId
      ? pass(r, 'in-vpc', `Notebook ${n.name} is in subnet ${n.subnetId}.`, { subnetId: n.subnetId })
      : fail(r, 'not-in-vpc', `Notebook ${n.name} is not in a VPC subnet.`, { subnetId: null }),
);

import { iamSupportRoleExists as check } from '../../../../checks/aws/iam/aws.iam.support-role-exists.js';
import { IAM_AUTHORIZATION_DETAILS } from '../../../../src/providers/aws/inventory/iam.js';
import { type CheckCases, denied, snapshot } from '../../../support/snapshot.js';
import { iamGroup, iamRole, SUPPORT, withDetails } from './builders.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'a role with AWSSupportAccess passes',
      snapshot: withDetails({ roles: [iamRole('other'), iamRole('support', { attachedPolicyArns: [SUPPORT] })] }),
      expected: [['pass', 'support-role-present']],
    },
    { name: 'no such role fails', snapshot: withDetails({ roles: [iamRole('other')] }), expected: [['fail', 'no-support-role']] },
    {
      name: 'a group with AWSSupportAccess does not count',
      snapshot: withDetails({ groups: [iamGroup('support', { attachedPolicyArns: [SUPPORT] })] }),
      expected: [['fail', 'no-support-role']],
    },
    {
      name: 'denied details are an error',
      snapshot: snapshot().global(IAM_AUTHORIZATION_DETAILS, denied('iam:GetAccountAuthorizationDetails')),
      expected: [['error', 'error.denied']],
    },
  ],
};

import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_AUTHORIZATION_DETAILS } from '../state.js';
import { iamSupportRoleExists as check } from './aws.iam.support-role-exists.js';
import { iamGroup, iamRole, SUPPORT, withDetails } from './builders.fixtures.js';

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

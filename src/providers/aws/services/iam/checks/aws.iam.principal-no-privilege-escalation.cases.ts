import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { IAM_AWS_MANAGED_POLICIES } from '../state.js';
import { iamPrincipalNoPrivilegeEscalation as check } from './aws.iam.principal-no-privilege-escalation.js';
import { ADMIN, iamRole, iamUser, inlinePolicy, withDetails } from './builders.fixtures.js';
import { READ_ONLY, withPermissions } from './permission-cases.fixtures.js';

const passRoleLambda = inlinePolicy('lambda', {
  Effect: 'Allow',
  Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
  Resource: '*',
});

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'read-only passes',
      snapshot: withPermissions({ users: [iamUser('ann', { attachedPolicyArns: [READ_ONLY] })] }),
      expected: [['pass', 'no-privilege-escalation']],
    },
    {
      name: 'PassRole with Lambda fails',
      snapshot: withPermissions({ roles: [iamRole('ci', { inlinePolicies: [passRoleLambda] })] }),
      expected: [['fail', 'privilege-escalation']],
    },
    {
      name: 'creating a policy version fails',
      snapshot: withPermissions({
        users: [
          iamUser('dev', {
            inlinePolicies: [
              inlinePolicy('p', { Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: 'arn:aws:iam::111122223333:policy/*' }),
            ],
          }),
        ],
      }),
      expected: [['fail', 'privilege-escalation']],
    },
    {
      name: 'an administrator is not applicable',
      snapshot: withPermissions({ users: [iamUser('root-ish', { attachedPolicyArns: [ADMIN] })] }),
      expected: [['not_applicable', 'already-admin']],
    },
    {
      name: 'an unreadable AWS-managed policy is an error',
      snapshot: withPermissions(
        { users: [iamUser('eve', { attachedPolicyArns: [READ_ONLY] })] },
        { [READ_ONLY]: denied('iam:GetPolicyVersion') },
      ),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'the documents key failing is an error',
      snapshot: withDetails({ users: [iamUser('x')] }).global(IAM_AWS_MANAGED_POLICIES, denied('iam:GetPolicy')),
      expected: [['error', 'error.denied']],
    },
  ],
};

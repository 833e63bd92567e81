import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_AUTHORIZATION_DETAILS } from '../state.js';
import { iamCloudShellFullAccessNotAttached } from './aws.iam.cloudshell-full-access-not-attached.js';
import { ADMIN, iamGroup, iamRole, iamUser, withDetails } from './builders.fixtures.js';

const SHELL = 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess';

export const table: CheckCases = {
  check: iamCloudShellFullAccessNotAttached,
  cases: [
    {
      name: 'passes when nobody holds the policy (other policies do not count)',
      snapshot: withDetails({ users: [iamUser('alice', { attachedPolicyArns: [ADMIN] })], roles: [iamRole('ops')] }),
      expected: [['pass', 'cloudshell-full-access-unused']],
    },
    {
      name: 'fails naming every user, group and role holding it',
      snapshot: withDetails({
        users: [iamUser('bob', { attachedPolicyArns: [SHELL] })],
        groups: [iamGroup('devs', { attachedPolicyArns: [SHELL] })],
        roles: [iamRole('ops', { attachedPolicyArns: [SHELL] })],
      }),
      expected: [['fail', 'cloudshell-full-access-attached']],
    },
    {
      name: 'is an error when the authorization details cannot be read',
      snapshot: snapshot().global(IAM_AUTHORIZATION_DETAILS, denied('iam:GetAccountAuthorizationDetails')),
      expected: [['error', 'error.denied']],
    },
  ],
};

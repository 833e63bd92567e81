import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_AUTHORIZATION_DETAILS } from '../state.js';
import { iamUserNoDirectPolicies as check } from './aws.iam.user-no-direct-policies.js';
import { ADMIN, allowAll, iamUser, inlinePolicy, withDetails } from './builders.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'user with groups only passes',
      snapshot: withDetails({ users: [iamUser('alice', { groups: ['developers'] })] }),
      expected: [['pass', 'no-direct-policies']],
    },
    {
      name: 'attached managed policy fails',
      snapshot: withDetails({ users: [iamUser('ci-deploy', { attachedPolicyArns: [ADMIN] })] }),
      expected: [['fail', 'direct-policies']],
    },
    {
      name: 'inline policy fails',
      snapshot: withDetails({ users: [iamUser('bob', { inlinePolicies: [inlinePolicy('p', allowAll)] })] }),
      expected: [['fail', 'direct-policies']],
    },
    { name: 'no users gives no findings', snapshot: withDetails(), expected: [] },
    {
      name: 'denied details are an error',
      snapshot: snapshot().global(IAM_AUTHORIZATION_DETAILS, denied('iam:GetAccountAuthorizationDetails')),
      expected: [['error', 'error.denied']],
    },
  ],
};

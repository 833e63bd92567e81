import { ACCOUNT, type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_AUTHORIZATION_DETAILS } from '../state.js';
import { iamNoUserAdminAttached as check } from './aws.iam.no-user-admin-attached.js';
import { ADMIN, iamGroup, iamUser, withDetails } from './builders.fixtures.js';

const govCloud = () => {
  const s = withDetails({
    users: [iamUser('ops', { attachedPolicyArns: ['arn:aws-us-gov:iam::aws:policy/AdministratorAccess'] })],
  }).build();
  return { ...s, account: { id: ACCOUNT, partition: 'aws-us-gov' } };
};

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'user without admin passes',
      snapshot: withDetails({ users: [iamUser('alice', { attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] })] }),
      expected: [['pass', 'no-admin-attached']],
    },
    {
      name: 'AdministratorAccess attached to a user fails',
      snapshot: withDetails({ users: [iamUser('ci-deploy', { attachedPolicyArns: [ADMIN] })] }),
      expected: [['fail', 'admin-attached']],
    },
    { name: 'the partition comes from the snapshot', snapshot: govCloud(), expected: [['fail', 'admin-attached']] },
    {
      name: 'admin through a group is not counted here',
      snapshot: withDetails({
        users: [iamUser('alice', { groups: ['admins'] })],
        groups: [iamGroup('admins', { attachedPolicyArns: [ADMIN] })],
      }),
      expected: [['pass', 'no-admin-attached']],
    },
    {
      name: 'a customer policy named AdministratorAccess is not the AWS one',
      snapshot: withDetails({ users: [iamUser('x', { attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/AdministratorAccess`] })] }),
      expected: [['pass', 'no-admin-attached']],
    },
    {
      name: 'denied details are an error',
      snapshot: snapshot().global(IAM_AUTHORIZATION_DETAILS, denied('iam:GetAccountAuthorizationDetails')),
      expected: [['error', 'error.denied']],
    },
  ],
};

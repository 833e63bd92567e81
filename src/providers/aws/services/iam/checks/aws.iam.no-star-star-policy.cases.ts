import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_AUTHORIZATION_DETAILS } from '../state.js';
import { iamNoStarStarPolicy as check } from './aws.iam.no-star-star-policy.js';
import { allowAll, iamGroup, iamRole, iamUser, inlinePolicy, managedPolicy, policyDoc, withDetails } from './builders.fixtures.js';

const s3Read = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' };

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'scoped managed policy passes',
      snapshot: withDetails({ policies: [managedPolicy('s3-read', s3Read)] }),
      expected: [['pass', 'no-star-star']],
    },
    {
      name: 'managed Action * Resource * fails',
      snapshot: withDetails({ policies: [managedPolicy('legacy-admin', allowAll)] }),
      expected: [['fail', 'star-star-allowed']],
    },
    {
      name: 'Action and Resource as lists, "*:*" form, fail',
      snapshot: withDetails({
        policies: [managedPolicy('lists', { Effect: 'Allow', Action: ['s3:*', '*:*'], Resource: ['arn:aws:s3:::x', '*'] })],
      }),
      expected: [['fail', 'star-star-allowed']],
    },
    {
      name: 'Deny * on * passes',
      snapshot: withDetails({ policies: [managedPolicy('deny', { ...allowAll, Effect: 'Deny' })] }),
      expected: [['pass', 'no-star-star']],
    },
    {
      name: 'NotAction with Resource * does not match',
      snapshot: withDetails({ policies: [managedPolicy('not-action', { Effect: 'Allow', NotAction: '*', Resource: '*' })] }),
      expected: [['pass', 'no-star-star']],
    },
    {
      name: 'Action * on one resource passes',
      snapshot: withDetails({ policies: [managedPolicy('bucket', { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' })] }),
      expected: [['pass', 'no-star-star']],
    },
    {
      name: 'one finding per principal with inline policies',
      snapshot: withDetails({
        users: [iamUser('bob', { inlinePolicies: [inlinePolicy('ok', s3Read), inlinePolicy('god', allowAll)] }), iamUser('alice')],
        groups: [iamGroup('devs', { inlinePolicies: [inlinePolicy('ok', s3Read)] })],
        roles: [
          iamRole('ops', { inlinePolicies: [inlinePolicy('ok', s3Read)] }), // A single statement object rather than a list.
          iamRole('admin', { inlinePolicies: [{ name: 'one', document: policyDoc(allowAll) }] }),
        ],
      }),
      expected: [
        ['fail', 'star-star-allowed'],
        ['pass', 'no-star-star'],
        ['pass', 'no-star-star'],
        ['fail', 'star-star-allowed'],
      ],
    },
    { name: 'nothing to judge gives no findings', snapshot: withDetails({ users: [iamUser('alice')] }), expected: [] },
    {
      name: 'denied details are an error',
      snapshot: snapshot().global(IAM_AUTHORIZATION_DETAILS, denied('iam:GetAccountAuthorizationDetails')),
      expected: [['error', 'error.denied']],
    },
  ],
};

import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { IAM_AWS_MANAGED_POLICIES } from '../state.js';
import { iamPrincipalNotEffectivelyAdmin as check } from './aws.iam.principal-not-effectively-admin.js';
import { ADMIN, allowAll, iamGroup, iamRole, iamUser, inlinePolicy, managedPolicy, withDetails } from './builders.fixtures.js';
import { POWER_USER, READ_ONLY, withPermissions } from './permission-cases.fixtures.js';

const boundary = managedPolicy('boundary', { Effect: 'Allow', Action: 's3:*', Resource: '*' });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'read-only user passes',
      snapshot: withPermissions({ users: [iamUser('ann', { attachedPolicyArns: [READ_ONLY] })] }),
      expected: [['pass', 'not-admin']],
    },
    {
      name: 'PowerUserAccess is not administrator',
      snapshot: withPermissions({ roles: [iamRole('dev', { attachedPolicyArns: [POWER_USER] })] }),
      expected: [['pass', 'not-admin']],
    },
    {
      name: 'admin through a group fails',
      snapshot: withPermissions({
        users: [iamUser('bob', { groups: ['admins'] })],
        groups: [iamGroup('admins', { attachedPolicyArns: [ADMIN] })],
      }),
      expected: [['fail', 'effectively-admin']],
    },
    {
      name: 'admin through an inline NotAction statement fails',
      snapshot: withPermissions({
        roles: [iamRole('ci', { inlinePolicies: [inlinePolicy('deploy', { Effect: 'Allow', NotAction: 'cloudtrail:*', Resource: '*' })] })],
      }),
      expected: [['fail', 'effectively-admin']],
    },
    {
      name: 'admin split across two policies fails',
      snapshot: withPermissions({
        roles: [
          iamRole('split', {
            attachedPolicyArns: [POWER_USER],
            inlinePolicies: [inlinePolicy('iam', { Effect: 'Allow', Action: 'iam:*', Resource: '*' })],
          }),
        ],
      }),
      expected: [['fail', 'effectively-admin']],
    },
    {
      name: 'admin only with MFA fails conditionally',
      snapshot: withPermissions({
        users: [
          iamUser('ops', {
            inlinePolicies: [inlinePolicy('mfa', { ...allowAll, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })],
          }),
        ],
      }),
      expected: [['fail', 'effectively-admin-conditionally']],
    },
    {
      name: 'a permissions boundary caps it',
      snapshot: withPermissions({
        roles: [iamRole('capped', { attachedPolicyArns: [ADMIN], permissionsBoundaryArn: boundary.arn })],
        policies: [boundary],
      }),
      expected: [['pass', 'not-admin']],
    },
    {
      name: 'service-linked roles are left out',
      snapshot: withPermissions({
        roles: [iamRole('AWSServiceRoleForSupport', { path: '/aws-service-role/support.amazonaws.com/', attachedPolicyArns: [ADMIN] })],
      }),
      expected: [],
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

import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { iamPolicyNotAdminEquivalent as check } from './aws.iam.policy-not-admin-equivalent.js';
import { ADMIN, allowAll, iamRole, iamUser, inlinePolicy, managedPolicy } from './builders.fixtures.js';
import { POWER_USER, withPermissions } from './permission-cases.fixtures.js';

const attached = (name: string, ...s: Record<string, unknown>[]) => ({ ...managedPolicy(name, ...s), attachmentCount: 1 });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'a narrow customer policy passes',
      snapshot: withPermissions({ policies: [attached('read', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })] }),
      expected: [['pass', 'not-admin-equivalent']],
    },
    {
      name: 'an unattached admin policy is not in use',
      snapshot: withPermissions({ policies: [managedPolicy('unused', allowAll)] }),
      expected: [],
    },
    {
      name: 'NotAction admin customer policy fails',
      snapshot: withPermissions({ policies: [attached('sneaky', { Effect: 'Allow', NotAction: 's3:*', Resource: '*' })] }),
      expected: [['fail', 'admin-equivalent']],
    },
    {
      name: 'AdministratorAccess in use fails',
      snapshot: withPermissions({ roles: [iamRole('admin', { attachedPolicyArns: [ADMIN] })] }),
      expected: [['fail', 'admin-equivalent']],
    },
    {
      name: 'PowerUserAccess in use passes',
      snapshot: withPermissions({ roles: [iamRole('dev', { attachedPolicyArns: [POWER_USER] })] }),
      expected: [['pass', 'not-admin-equivalent']],
    },
    {
      name: 'an inline admin policy under conditions fails conditionally',
      snapshot: withPermissions({
        users: [
          iamUser('ops', {
            inlinePolicies: [inlinePolicy('ip', { ...allowAll, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })],
          }),
        ],
      }),
      expected: [['fail', 'admin-equivalent-conditionally']],
    },
    {
      name: 'an unreadable AWS-managed policy is an error on it',
      snapshot: withPermissions(
        { roles: [iamRole('admin', { attachedPolicyArns: [ADMIN] })] },
        { [ADMIN]: denied('iam:GetPolicyVersion') },
      ),
      expected: [['error', 'error.denied']],
    },
  ],
};

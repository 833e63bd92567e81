/** Snapshots for the effective-permission tables: authorization details plus AWS-managed documents. */
import { ok } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import type { PolicyDocument } from '../../../iam-policy.js';
import { type AuthorizationDetails, IAM_AWS_MANAGED_POLICIES } from '../state.js';
import { ADMIN, allowAll, policyDoc, withDetails } from './builders.fixtures.js';

export const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
export const POWER_USER = 'arn:aws:iam::aws:policy/PowerUserAccess';

/** Default versions of the AWS-managed policies the tables attach. */
export const AWS_MANAGED: Record<string, Fetched<PolicyDocument>> = {
  [ADMIN]: ok(policyDoc(allowAll)),
  [READ_ONLY]: ok(policyDoc({ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*', 'iam:Get*', 'iam:List*'], Resource: '*' })),
  [POWER_USER]: ok(policyDoc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })),
};

export const withPermissions = (d: Partial<AuthorizationDetails>, awsManaged: Record<string, Fetched<PolicyDocument>> = AWS_MANAGED) =>
  withDetails(d).global(IAM_AWS_MANAGED_POLICIES, awsManaged);

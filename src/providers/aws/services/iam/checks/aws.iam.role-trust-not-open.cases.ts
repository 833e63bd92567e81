import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_AUTHORIZATION_DETAILS } from '../state.js';
import { iamRoleTrustNotOpen as check } from './aws.iam.role-trust-not-open.js';
import { iamRole, policyDoc, withDetails } from './builders.fixtures.js';

const trusting = (Principal: unknown, Condition?: Record<string, unknown>) =>
  withDetails({
    roles: [
      iamRole('r', {
        trustPolicy: policyDoc({ Effect: 'Allow', Principal, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) }),
      }),
    ],
  });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a service passes', snapshot: trusting({ Service: 'lambda.amazonaws.com' }), expected: [['pass', 'trust-narrow']] },
    {
      name: 'a vendor with an external id passes',
      snapshot: trusting({ AWS: '444455556666' }, { StringEquals: { 'sts:ExternalId': 'x1' } }),
      expected: [['pass', 'trust-narrow']],
    },
    { name: 'any AWS account fails', snapshot: trusting({ AWS: '*' }), expected: [['fail', 'any-account']] },
    {
      name: 'a vendor without an external id fails',
      snapshot: trusting({ AWS: 'arn:aws:iam::444455556666:root' }),
      expected: [['fail', 'external-without-external-id']],
    },
    {
      name: 'our own organisation passes',
      snapshot: trusting({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }),
      expected: [['pass', 'trust-narrow']],
    },
    {
      name: 'service-linked roles are not applicable',
      snapshot: withDetails({ roles: [iamRole('AWSServiceRoleForX', { path: '/aws-service-role/x.amazonaws.com/' })] }),
      expected: [['not_applicable', 'service-linked']],
    },
    {
      name: 'authorization details denied is an error',
      snapshot: snapshot().global(IAM_AUTHORIZATION_DETAILS, denied('iam:GetAccountAuthorizationDetails')),
      expected: [['error', 'error.denied']],
    },
  ],
};

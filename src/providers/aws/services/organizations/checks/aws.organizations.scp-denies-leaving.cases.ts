import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { ORGANIZATIONS_SCPS } from '../state.js';
import { organizationsScpDeniesLeaving } from './aws.organizations.scp-denies-leaving.js';
import { FULL_ACCESS, OU, ROOT, scp, withScps } from './scp.fixtures.js';

const denyLeave = { Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' };

export const table: CheckCases = {
  check: organizationsScpDeniesLeaving,
  cases: [
    {
      name: 'passes with a root SCP denying LeaveOrganization',
      snapshot: withScps(FULL_ACCESS, scp('guard', [ROOT], denyLeave)),
      expected: [['pass', 'leaving-denied']],
    },
    {
      name: 'passes with a NotAction deny that leaves LeaveOrganization out of its exceptions',
      snapshot: withScps(scp('guard', [ROOT], { Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*' })),
      expected: [['pass', 'leaving-denied']],
    },
    {
      name: 'passes with a wildcard action and a break-glass condition',
      snapshot: withScps(
        scp('guard', [ROOT], {
          Effect: 'Deny',
          Action: 'organizations:Leave*',
          Resource: '*',
          Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/break-glass' } },
        }),
      ),
      expected: [['pass', 'leaving-denied']],
    },
    {
      name: 'fails when the deny is attached only to an OU',
      snapshot: withScps(scp('guard', [OU], denyLeave)),
      expected: [['fail', 'leaving-denied-not-at-root']],
    },
    { name: 'fails when no SCP denies leaving', snapshot: withScps(FULL_ACCESS), expected: [['fail', 'leaving-allowed']] },
    {
      name: 'is not applicable outside the management account',
      snapshot: snapshot().global(ORGANIZATIONS_SCPS, { scope: 'not-management' }),
      expected: [['not_applicable', 'not-management-account']],
    },
    {
      name: 'is an error when the policies cannot be listed',
      snapshot: snapshot().global(ORGANIZATIONS_SCPS, denied('organizations:ListPolicies')),
      expected: [['error', 'error.denied']],
    },
  ],
};

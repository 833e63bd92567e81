import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { ORGANIZATIONS_SCPS } from '../state.js';
import { organizationsScpRegionGuardrail } from './aws.organizations.scp-region-guardrail.js';
import { FULL_ACCESS, OU, ROOT, scp, withScps } from './scp.fixtures.js';

const regionDeny = {
  Effect: 'Deny',
  NotAction: ['iam:*', 'organizations:*', 'support:*'],
  Resource: '*',
  Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
};

export const table: CheckCases = {
  check: organizationsScpRegionGuardrail,
  cases: [
    {
      name: 'passes with a root SCP denying other regions',
      snapshot: withScps(FULL_ACCESS, scp('regions', [ROOT], regionDeny)),
      expected: [['pass', 'regions-limited']],
    },
    {
      name: 'fails when the region deny is attached only to an OU',
      snapshot: withScps(scp('regions', [OU], regionDeny)),
      expected: [['fail', 'region-guardrail-not-at-root']],
    },
    {
      name: 'fails when the only region condition is on an Allow',
      snapshot: withScps(scp('allow', [ROOT], { ...regionDeny, Effect: 'Allow', Action: '*', NotAction: undefined })),
      expected: [['fail', 'regions-unlimited']],
    },
    {
      name: 'is not applicable outside the management account',
      snapshot: snapshot().global(ORGANIZATIONS_SCPS, { scope: 'not-management' }),
      expected: [['not_applicable', 'not-management-account']],
    },
    {
      name: 'is an error when throttled',
      snapshot: snapshot().global(ORGANIZATIONS_SCPS, throttled('organizations:DescribePolicy')),
      expected: [['error', 'error.throttled']],
    },
  ],
};

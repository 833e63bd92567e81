import { DEMO_ACCOUNT, DEMO_ORG_ID } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

/**
 * The demo organisation (the demo account is its management account): FullAWSAccess and a
 * `deny-leave` guardrail on the root (pass), a region guardrail attached only to the prod OU
 * (fail), and the security account registered as a delegated administrator (pass).
 */
const ROOT = { TargetId: 'r-a1b2', Arn: `arn:aws:organizations::${DEMO_ACCOUNT}:root/${DEMO_ORG_ID}/r-a1b2`, Name: 'Root', Type: 'ROOT' };
const PROD = {
  TargetId: 'ou-a1b2-prod0001',
  Arn: `arn:aws:organizations::${DEMO_ACCOUNT}:ou/${DEMO_ORG_ID}/ou-a1b2-prod0001`,
  Name: 'prod',
  Type: 'ORGANIZATIONAL_UNIT',
};

const POLICIES: Record<string, { name: string; awsManaged: boolean; content: object; targets: object[] }> = {
  'p-FullAWSAccess': {
    name: 'FullAWSAccess',
    awsManaged: true,
    content: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
    targets: [ROOT],
  },
  'p-0deny0leave0001': {
    name: 'deny-leave',
    awsManaged: false,
    content: {
      Version: '2012-10-17',
      Statement: [{ Sid: 'NoLeaving', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }],
    },
    targets: [ROOT],
  },
  'p-0regions0eu0001': {
    name: 'eu-only',
    awsManaged: false,
    content: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EuOnly',
          Effect: 'Deny',
          NotAction: ['iam:*', 'organizations:*', 'sts:*', 'support:*', 'cloudfront:*', 'route53:*'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
        },
      ],
    },
    targets: [PROD],
  },
};

const summary = (id: string) => ({
  Id: id,
  Arn: `arn:aws:organizations::${DEMO_ACCOUNT}:policy/${DEMO_ORG_ID}/service_control_policy/${id}`,
  Name: POLICIES[id]!.name,
  Type: 'SERVICE_CONTROL_POLICY',
  AwsManaged: POLICIES[id]!.awsManaged,
});

export const demoOrganizations: Partial<Record<string, FakeHandlers>> = {
  organizations: {
    ListPolicies: () => ({ Policies: Object.keys(POLICIES).map(summary) }),
    DescribePolicy: (input) => ({
      Policy: { PolicySummary: summary(String(input.PolicyId)), Content: JSON.stringify(POLICIES[String(input.PolicyId)]!.content) },
    }),
    ListTargetsForPolicy: (input) => ({ Targets: POLICIES[String(input.PolicyId)]!.targets }),
    ListDelegatedAdministrators: () => ({
      DelegatedAdministrators: [{ Id: '210987654321', Name: 'acme-security', Email: 'aws-security@example.com', Status: 'ACTIVE' }],
    }),
  },
};

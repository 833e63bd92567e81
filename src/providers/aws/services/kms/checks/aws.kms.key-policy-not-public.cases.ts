import { ACCOUNT, type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import type { PolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { KMS_KEY_POLICIES, KMS_KEYS } from '../state.js';
import { kmsKeyPolicyNotPublic as check } from './aws.kms.key-policy-not-public.js';
import { kmsKey, ownerRoot, policy } from './builders.fixtures.js';

const R = 'eu-west-1';
const withPolicy = (p: Fetched<PolicyDocument>) =>
  snapshot([R])
    .regional(KMS_KEYS, R, { k1: kmsKey('k1') })
    .regional(KMS_KEY_POLICIES, R, { k1: p });
const everyone = (extra: object = {}) => ({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', ...extra });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'owner-account-only policy passes', snapshot: withPolicy(ok(policy(ownerRoot))), expected: [['pass', 'policy-not-public']] },
    {
      name: 'Principal "*" with kms:* and no condition fails',
      snapshot: withPolicy(ok(policy(ownerRoot, everyone()))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'Principal {"AWS":"*"} with only kms:Decrypt still fails',
      snapshot: withPolicy(ok(policy(everyone({ Principal: { AWS: '*' }, Action: 'kms:Decrypt' })))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'Action "*" to everyone fails',
      snapshot: withPolicy(ok(policy(everyone({ Action: '*' })))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'NotPrincipal Allow fails',
      snapshot: withPolicy(
        ok(policy({ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' })),
      ),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'a condition that does not limit the caller does not help',
      snapshot: withPolicy(ok(policy(everyone({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'wildcard org id does not restrict',
      snapshot: withPolicy(ok(policy(everyone({ Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } })))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'aws:PrincipalOrgID condition restricts',
      snapshot: withPolicy(ok(policy(everyone({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })))),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'kms:CallerAccount pinned to an account restricts',
      snapshot: withPolicy(
        ok(
          policy(
            everyone({
              Action: ['kms:Encrypt', 'kms:Decrypt'],
              Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT, 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
            }),
          ),
        ),
      ),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'kms:ViaService alone does not restrict',
      snapshot: withPolicy(ok(policy(everyone({ Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } })))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'Deny to everyone is fine',
      snapshot: withPolicy(ok(policy(ownerRoot, everyone({ Effect: 'Deny', Action: 'kms:ScheduleKeyDeletion' })))),
      expected: [['pass', 'policy-not-public']],
    },
    ...publicCases('kms:Decrypt', (p) => withPolicy(ok(p))),
    {
      name: 'AWS-managed key is not applicable',
      snapshot: snapshot([R])
        .regional(KMS_KEYS, R, { k1: kmsKey('k1', { keyManager: 'AWS' }) })
        .regional(KMS_KEY_POLICIES, R, {}),
      expected: [['not_applicable', 'aws-managed']],
    },
    {
      name: 'denied GetKeyPolicy is an error, not a pass',
      snapshot: withPolicy(denied('kms:GetKeyPolicy')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied DescribeKey is an error',
      snapshot: snapshot([R])
        .regional(KMS_KEYS, R, { k1: denied('kms:DescribeKey') })
        .regional(KMS_KEY_POLICIES, R, {}),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied key list is an error',
      snapshot: snapshot([R]).regional(KMS_KEYS, R, denied('kms:ListKeys')),
      expected: [['error', 'error.denied']],
    },
  ],
};

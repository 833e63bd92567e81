import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import { ORGANIZATIONS_MEMBERSHIP } from '../../organizations/state.js';
import { KMS_KEY_POLICIES, KMS_KEYS } from '../state.js';
import { kmsKeyPolicyNoOutsideAccess as check } from './aws.kms.key-policy-no-outside-access.js';
import { kmsKey, ownerRoot, policy } from './builders.fixtures.js';

const R = 'us-east-1';
const ORG = { id: 'o-abc123', managementAccountId: '999988887777' };
const key = (...statements: object[]) =>
  snapshot([R])
    .regional(KMS_KEYS, R, { k1: kmsKey('k1') })
    .regional(KMS_KEY_POLICIES, R, { k1: ok(policy(...statements)) })
    .global(ORGANIZATIONS_MEMBERSHIP, ORG);
const use = { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' };

export const table: CheckCases = {
  check,
  cases: [
    { name: 'owner account only passes', snapshot: key(ownerRoot), expected: [['pass', 'no-outside-access']] },
    {
      name: 'the organisation passes',
      snapshot: key(ownerRoot, { ...use, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }),
      expected: [['pass', 'no-outside-access']],
    },
    {
      name: 'another account fails',
      snapshot: key(ownerRoot, { ...use, Principal: { AWS: 'arn:aws:iam::444455556666:role/reader' } }),
      expected: [['fail', 'external-accounts']],
    },
    {
      name: 'kms:CallerAccount of another account fails',
      snapshot: key(ownerRoot, { ...use, Principal: '*', Condition: { StringEquals: { 'kms:CallerAccount': '444455556666' } } }),
      expected: [['fail', 'external-accounts']],
    },
    { name: 'everyone fails', snapshot: key(ownerRoot, { ...use, Principal: '*' }), expected: [['fail', 'public']] },
    {
      name: 'AWS-managed keys are not applicable',
      snapshot: snapshot([R])
        .regional(KMS_KEYS, R, { k1: kmsKey('k1', { keyManager: 'AWS' }) })
        .regional(KMS_KEY_POLICIES, R, {})
        .global(ORGANIZATIONS_MEMBERSHIP, ORG),
      expected: [['not_applicable', 'aws-managed']],
    },
    {
      name: 'policy unreadable is an error',
      snapshot: snapshot([R])
        .regional(KMS_KEYS, R, { k1: kmsKey('k1') })
        .regional(KMS_KEY_POLICIES, R, { k1: denied('kms:GetKeyPolicy') })
        .global(ORGANIZATIONS_MEMBERSHIP, ORG),
      expected: [['error', 'error.denied']],
    },
  ],
};

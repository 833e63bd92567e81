import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { type PolicyDocument, parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { R } from '../../cases.fixtures.js';
import { SECRET_POLICIES, SECRETS } from '../state.js';
import { secretsManagerSecretPolicyNotPublic as check } from './aws.secretsmanager.secret-policy-not-public.js';
import { secret } from './secrets.fixtures.js';

const s = secret();
const policy = (statement: object) => parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }));
const with_ = (p: Fetched<PolicyDocument | null>) =>
  snapshot()
    .regional(SECRETS, R, [s])
    .regional(SECRET_POLICIES, R, { [s.arn]: p });
const read = { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*' };

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no policy passes', snapshot: with_(ok(null)), expected: [['pass', 'policy-none']] },
    {
      name: 'a named account passes',
      snapshot: with_(ok(policy({ ...read, Principal: { AWS: 'arn:aws:iam::444455556666:root' } }))),
      expected: [['pass', 'policy-not-public']],
    },
    { name: 'everyone fails', snapshot: with_(ok(policy({ ...read, Principal: '*' }))), expected: [['fail', 'policy-public']] },
    {
      name: 'everyone with a wildcard organisation is still public',
      snapshot: with_(ok(policy({ ...read, Principal: '*', Condition: { StringLike: { 'aws:PrincipalOrgID': 'o-*' } } }))),
      expected: [['fail', 'policy-public']],
    },
    ...publicCases('secretsmanager:GetSecretValue', (p) => with_(ok(p))),
    {
      name: 'an unreadable policy is an error',
      snapshot: with_(denied('secretsmanager:GetResourcePolicy')),
      expected: [['error', 'error.denied']],
    },
  ],
};

import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { type PolicyDocument, parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { R } from '../../cases.fixtures.js';
import { EFS_FILE_SYSTEMS, EFS_POLICIES } from '../state.js';
import { efsFileSystemPolicyNotPublic as check } from './aws.efs.file-system-policy-not-public.js';
import { fs } from './efs.fixtures.js';

const policy = (statement: object): PolicyDocument =>
  parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }));
const with_ = (p: Fetched<PolicyDocument | null>) =>
  snapshot().regional(EFS_FILE_SYSTEMS, R, [fs()]).regional(EFS_POLICIES, R, { 'fs-1': p });
const mount = { Effect: 'Allow', Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'] };

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'a policy for a named role passes',
      snapshot: with_(ok(policy({ ...mount, Principal: { AWS: 'arn:aws:iam::111122223333:role/app' } }))),
      expected: [['pass', 'not-public']],
    },
    {
      name: 'everyone pinned to the organisation passes',
      snapshot: with_(ok(policy({ ...mount, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }))),
      expected: [['pass', 'not-public']],
    },
    {
      name: 'everyone via a mount target fails (that limits how, not who)',
      snapshot: with_(
        ok(policy({ ...mount, Principal: { AWS: '*' }, Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } })),
      ),
      expected: [['fail', 'policy-public']],
    },
    ...publicCases('elasticfilesystem:ClientMount', (p) => with_(ok(p)), { pass: 'not-public', fail: 'policy-public' }),
    { name: 'no policy fails', snapshot: with_(ok(null)), expected: [['fail', 'no-policy']] },
    {
      name: 'an unreadable policy is an error',
      snapshot: with_(denied('elasticfilesystem:DescribeFileSystemPolicy')),
      expected: [['error', 'error.denied']],
    },
  ],
};

import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import { parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { R, repo } from '../state.fixtures.js';
import { ECR_REPOSITORIES, ECR_REPOSITORY_POLICIES } from '../state.js';
import { ecrRepositoryPolicyNotPublic as check } from './aws.ecr.repository-policy-not-public.js';

const base = (p: unknown) =>
  snapshot()
    .regional(ECR_REPOSITORIES, R, [repo('web')])
    .regional(ECR_REPOSITORY_POLICIES, R, { web: p as never });
const doc = (statement: object) => ok(parsePolicyDocument(JSON.stringify({ Statement: [statement] })));

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no policy passes', snapshot: base(ok(null)), expected: [['pass', 'policy-none']] },
    {
      name: 'pull for one account passes',
      snapshot: base(doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'ecr:BatchGetImage' })),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'pull for everyone fails',
      snapshot: base(doc({ Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage'] })),
      expected: [['fail', 'policy-public']],
    },
    ...publicCases('ecr:BatchGetImage', (p) => base(ok(p))),
    { name: 'unreadable policy is an error', snapshot: base(denied('ecr:GetRepositoryPolicy')), expected: [['error', 'error.denied']] },
  ],
};

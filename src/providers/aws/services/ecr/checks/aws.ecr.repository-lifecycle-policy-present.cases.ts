import { type CheckCases, ok, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { R, repo } from '../state.fixtures.js';
import { ECR_LIFECYCLE_POLICIES, ECR_REPOSITORIES } from '../state.js';
import { ecrRepositoryLifecyclePolicyPresent as check } from './aws.ecr.repository-lifecycle-policy-present.js';

const base = (p: unknown) =>
  snapshot()
    .regional(ECR_REPOSITORIES, R, [repo('web')])
    .regional(ECR_LIFECYCLE_POLICIES, R, { web: p as never });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'policy with rules passes', snapshot: base(ok({ rules: 2 })), expected: [['pass', 'lifecycle-present']] },
    { name: 'no policy fails', snapshot: base(ok(null)), expected: [['fail', 'lifecycle-missing']] },
    { name: 'empty policy fails', snapshot: base(ok({ rules: 0 })), expected: [['fail', 'lifecycle-missing']] },
    { name: 'throttled read is an error', snapshot: base(throttled('ecr:GetLifecyclePolicy')), expected: [['error', 'error.throttled']] },
  ],
};

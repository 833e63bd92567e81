import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { R, repo } from '../state.fixtures.js';
import { ECR_REPOSITORIES } from '../state.js';
import { ecrRepositoryTagImmutable as check } from './aws.ecr.repository-tag-immutable.js';

const one = (tagMutability: string) => snapshot().regional(ECR_REPOSITORIES, R, [repo('web', { tagMutability })]);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'immutable passes', snapshot: one('IMMUTABLE'), expected: [['pass', 'tags-immutable']] },
    { name: 'immutable with exclusions passes', snapshot: one('IMMUTABLE_WITH_EXCLUSION'), expected: [['pass', 'tags-immutable']] },
    { name: 'mutable fails', snapshot: one('MUTABLE'), expected: [['fail', 'tags-mutable']] },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(ECR_REPOSITORIES, R, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};

import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { CODEBUILD_PROJECTS } from '../state.js';
import { codebuildProjectPrivilegedModeDisabled as check } from './aws.codebuild.project-privileged-mode-disabled.js';
import { project } from './codebuild.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'unprivileged passes', snapshot: listed(CODEBUILD_PROJECTS, project()), expected: [['pass', 'not-privileged']] },
    {
      name: 'privileged fails',
      snapshot: listed(CODEBUILD_PROJECTS, project({ privilegedMode: true })),
      expected: [['fail', 'privileged']],
    },
    ...listingCases(CODEBUILD_PROJECTS, 'codebuild:ListProjects', 'codebuild:BatchGetProjects'),
  ],
};

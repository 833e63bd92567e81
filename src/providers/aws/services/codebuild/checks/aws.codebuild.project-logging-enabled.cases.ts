import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { CODEBUILD_PROJECTS } from '../state.js';
import { codebuildProjectLoggingEnabled as check } from './aws.codebuild.project-logging-enabled.js';
import { project } from './codebuild.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'CloudWatch Logs on passes', snapshot: listed(CODEBUILD_PROJECTS, project()), expected: [['pass', 'logging-enabled']] },
    {
      name: 'S3 logs alone pass',
      snapshot: listed(CODEBUILD_PROJECTS, project({ cloudWatchLogs: 'DISABLED', s3Logs: 'ENABLED' })),
      expected: [['pass', 'logging-enabled']],
    },
    {
      name: 'both off fails',
      snapshot: listed(CODEBUILD_PROJECTS, project({ cloudWatchLogs: 'DISABLED', s3Logs: 'DISABLED' })),
      expected: [['fail', 'logging-disabled']],
    },
    {
      name: 'no logs configuration passes: CloudWatch Logs are on by default',
      snapshot: listed(CODEBUILD_PROJECTS, project({ cloudWatchLogs: undefined, s3Logs: undefined })),
      expected: [['pass', 'logging-enabled']],
    },
    {
      name: 'S3 off and CloudWatch Logs left at the default passes',
      snapshot: listed(CODEBUILD_PROJECTS, project({ cloudWatchLogs: undefined, s3Logs: 'DISABLED' })),
      expected: [['pass', 'logging-enabled']],
    },
    ...listingCases(CODEBUILD_PROJECTS, 'codebuild:ListProjects', 'codebuild:BatchGetProjects'),
  ],
};

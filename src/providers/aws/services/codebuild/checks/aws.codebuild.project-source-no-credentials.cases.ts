import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { CODEBUILD_PROJECTS } from '../state.js';
import { codebuildProjectSourceNoCredentials as check } from './aws.codebuild.project-source-no-credentials.js';
import { project } from './codebuild.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'CodeCommit source passes', snapshot: listed(CODEBUILD_PROJECTS, project()), expected: [['pass', 'no-credentials']] },
    {
      name: 'bare Bitbucket user name passes',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({ sources: [{ type: 'BITBUCKET', location: 'https://bitbucket.org/t/r.git', signIn: 'user' }] }),
      ),
      expected: [['pass', 'no-credentials']],
    },
    {
      name: 'Bitbucket user and password fails',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({ sources: [{ type: 'BITBUCKET', location: 'https://bitbucket.org/t/r.git', signIn: 'user-and-secret' }] }),
      ),
      expected: [['fail', 'credentials-in-url']],
    },
    {
      name: 'GitHub token in a secondary source fails',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({
          sources: [
            { type: 'S3', location: 'bucket/src.zip', signIn: 'none' },
            { type: 'GITHUB', location: 'https://github.com/o/r.git', signIn: 'user' },
          ],
        }),
      ),
      expected: [['fail', 'credentials-in-url']],
    },
    {
      name: 'GitLab token as oauth2 password fails',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({ sources: [{ type: 'GITLAB', location: 'https://gitlab.com/g/r.git', signIn: 'user-and-secret' }] }),
      ),
      expected: [['fail', 'credentials-in-url']],
    },
    {
      name: 'CodeCommit HTTPS Git credentials in the URL fail',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({
          sources: [
            { type: 'CODECOMMIT', location: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/r', signIn: 'user-and-secret' },
          ],
        }),
      ),
      expected: [['fail', 'credentials-in-url']],
    },
    {
      name: 'GitHub Enterprise token in the query string fails',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({
          sources: [
            { type: 'GITHUB_ENTERPRISE', location: 'https://ghe.example.com/o/r.git?access_token=[redacted]', signIn: 'query-secret' },
          ],
        }),
      ),
      expected: [['fail', 'credentials-in-url']],
    },
    {
      name: 'bare GitLab user name passes (a GitLab token is only accepted as the password)',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({ sources: [{ type: 'GITLAB', location: 'https://gitlab.com/g/r.git', signIn: 'user' }] }),
      ),
      expected: [['pass', 'no-credentials']],
    },
    ...listingCases(CODEBUILD_PROJECTS, 'codebuild:ListProjects', 'codebuild:BatchGetProjects'),
  ],
};

import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { CODEBUILD_PROJECTS } from '../state.js';
import { codebuildProjectEnvNoPlaintextSecrets as check } from './aws.codebuild.project-env-no-plaintext-secrets.js';
import { project } from './codebuild.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'ordinary plaintext variable passes',
      snapshot: listed(CODEBUILD_PROJECTS, project()),
      expected: [['pass', 'no-plaintext-secrets']],
    },
    {
      name: 'secret in Secrets Manager passes',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({ envVars: [{ name: 'DB_PASSWORD', type: 'SECRETS_MANAGER', valueIsAccessKeyId: false }] }),
      ),
      expected: [['pass', 'no-plaintext-secrets']],
    },
    {
      name: 'plaintext AWS_SECRET_ACCESS_KEY fails',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({ envVars: [{ name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT', valueIsAccessKeyId: false }] }),
      ),
      expected: [['fail', 'plaintext-secrets']],
    },
    {
      name: 'plaintext secret-like name fails',
      snapshot: listed(CODEBUILD_PROJECTS, project({ envVars: [{ name: 'npm_token', type: 'PLAINTEXT', valueIsAccessKeyId: false }] })),
      expected: [['fail', 'plaintext-secrets']],
    },
    {
      name: 'access key id under another name fails',
      snapshot: listed(CODEBUILD_PROJECTS, project({ envVars: [{ name: 'DEPLOY_ID', type: 'PLAINTEXT', valueIsAccessKeyId: true }] })),
      expected: [['fail', 'plaintext-secrets']],
    },
    {
      name: 'plaintext names that point at a secret (ARN, parameter name, file, URL) pass',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({
          envVars: ['DB_SECRET_ARN', 'API_KEY_PARAMETER_NAME', 'GITHUB_TOKEN_SECRET_ID', 'PASSWORD_FILE', 'TOKEN_URL'].map((name) => ({
            name,
            type: 'PLAINTEXT',
            valueIsAccessKeyId: false,
          })),
        }),
      ),
      expected: [['pass', 'no-plaintext-secrets']],
    },
    {
      name: 'plaintext AWS_ACCESS_KEY_ID still fails though it ends in _ID',
      snapshot: listed(
        CODEBUILD_PROJECTS,
        project({ envVars: [{ name: 'AWS_ACCESS_KEY_ID', type: 'PLAINTEXT', valueIsAccessKeyId: false }] }),
      ),
      expected: [['fail', 'plaintext-secrets']],
    },
    ...listingCases(CODEBUILD_PROJECTS, 'codebuild:ListProjects', 'codebuild:BatchGetProjects'),
  ],
};

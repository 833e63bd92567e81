import { ACCT, R } from '../../cases.fixtures.js';
import type { CodeBuildProject } from '../state.js';

export const project = (over: Partial<CodeBuildProject> = {}): CodeBuildProject => ({
  arn: `arn:aws:codebuild:${R}:${ACCT}:project/api`,
  name: 'api',
  sources: [{ type: 'CODECOMMIT', location: `https://git-codecommit.${R}.amazonaws.com/v1/repos/api`, signIn: 'none' }],
  envVars: [{ name: 'STAGE', type: 'PLAINTEXT', valueIsAccessKeyId: false }],
  privilegedMode: false,
  cloudWatchLogs: 'ENABLED',
  s3Logs: 'DISABLED',
  ...over,
});

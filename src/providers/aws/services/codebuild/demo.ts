/** The demo estate's CodeBuild: a clean service build and a legacy one with every problem CodeBuild can have. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const PROJECTS: Record<string, object> = {
  'payments-api': {
    source: { type: 'CODECOMMIT', location: `https://git-codecommit.${REGION}.amazonaws.com/v1/repos/payments-api` },
    environment: {
      privilegedMode: false,
      environmentVariables: [
        { name: 'STAGE', value: 'prod', type: 'PLAINTEXT' },
        { name: 'DB_PASSWORD', value: 'payments/db', type: 'SECRETS_MANAGER' },
      ],
    },
    logsConfig: { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'DISABLED' } },
  },
  'legacy-site': {
    source: { type: 'BITBUCKET', location: 'https://deploy:not-a-real-password@bitbucket.org/example/legacy-site.git' },
    environment: {
      privilegedMode: true,
      environmentVariables: [
        { name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE', type: 'PLAINTEXT' },
        { name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', type: 'PLAINTEXT' },
      ],
    },
    logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'DISABLED' } },
  },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  codebuild: {
    ListProjects: (_input, region) => ({ projects: region === REGION ? Object.keys(PROJECTS) : [] }),
    BatchGetProjects: (input, region) => ({
      projects: (input.names as string[]).map((name) => ({
        name,
        arn: `arn:aws:codebuild:${region}:${DEMO_ACCOUNT}:project/${name}`,
        ...PROJECTS[name],
      })),
    }),
  },
};

import type { AwsService } from '../../service.js';
import { codebuildProjectEnvNoPlaintextSecrets } from './checks/aws.codebuild.project-env-no-plaintext-secrets.js';
import { codebuildProjectLoggingEnabled } from './checks/aws.codebuild.project-logging-enabled.js';
import { codebuildProjectPrivilegedModeDisabled } from './checks/aws.codebuild.project-privileged-mode-disabled.js';
import { codebuildProjectSourceNoCredentials } from './checks/aws.codebuild.project-source-no-credentials.js';
import { codebuildCollectors } from './collect.js';
import { demo } from './demo.js';

export const codebuild: AwsService = {
  id: 'codebuild',
  collectors: codebuildCollectors,
  checks: [
    codebuildProjectEnvNoPlaintextSecrets,
    codebuildProjectLoggingEnabled,
    codebuildProjectPrivilegedModeDisabled,
    codebuildProjectSourceNoCredentials,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};

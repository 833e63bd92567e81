import type { AwsService } from '../../service.js';
import { ecsTaskDefinitionLoggingConfigured } from './checks/aws.ecs.task-definition-logging-configured.js';
import { ecsTaskDefinitionNoHostNetwork } from './checks/aws.ecs.task-definition-no-host-network.js';
import { ecsTaskDefinitionNoPrivileged } from './checks/aws.ecs.task-definition-no-privileged.js';
import { ecsTaskDefinitionNoSecretsInEnvironment } from './checks/aws.ecs.task-definition-no-secrets-in-environment.js';
import { ecsTaskDefinitionNonRootUser } from './checks/aws.ecs.task-definition-non-root-user.js';
import { ecsTaskDefinitionReadOnlyRoot } from './checks/aws.ecs.task-definition-read-only-root.js';
import { ecsCollectors } from './collect.js';
import { demo } from './demo.js';

export const ecs: AwsService = {
  id: 'ecs',
  collectors: ecsCollectors,
  checks: [
    ecsTaskDefinitionLoggingConfigured,
    ecsTaskDefinitionNoHostNetwork,
    ecsTaskDefinitionNoPrivileged,
    ecsTaskDefinitionNoSecretsInEnvironment,
    ecsTaskDefinitionNonRootUser,
    ecsTaskDefinitionReadOnlyRoot,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};

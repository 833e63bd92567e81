import type { Check } from '../../../../../model/check.js';
import { ECS_TASK_DEFINITIONS } from '../state.js';
import { eachContainer, TASK_DEFINITION } from './containers.js';

export const ecsTaskDefinitionReadOnlyRoot: Check = {
  meta: {
    id: 'aws.ecs.task-definition-read-only-root',
    title: 'ECS containers have read-only root filesystems',
    provider: 'aws',
    service: 'ecs',
    resourceType: TASK_DEFINITION,
    severity: 'medium',
    requires: [ECS_TASK_DEFINITIONS],
    rationale:
      'With readonlyRootFilesystem an intruder cannot drop tools or alter binaries inside the running container; writable paths ' +
      'are then explicit volumes. Judges the latest ACTIVE revision of each family. Fails when a container leaves the root ' +
      'filesystem writable; Windows task definitions are not applicable (the setting is Linux-only).',
    remediation: {
      text: 'Set readonlyRootFilesystem to true and mount volumes for the paths the application writes to.',
      console: 'ECS → Task definitions → family → Create new revision → container → Read only root file system',
      cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    },
  },
  evaluate(ctx) {
    return eachContainer(ctx, {
      skip: (td) => (td.osFamily.startsWith('WINDOWS') ? 'Windows containers cannot have a read-only root filesystem' : undefined),
      offends: (c) => (c.readonlyRootFilesystem ? undefined : 'writable root'),
      passId: 'read-only-root',
      passText: 'every container has a read-only root filesystem',
      failId: 'writable-root',
      failText: 'containers with a writable root filesystem',
    });
  },
};
